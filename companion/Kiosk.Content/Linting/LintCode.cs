namespace Kiosk.Content;

/// <summary>Stable diagnostic codes; docs/curriculum.md explains each one.</summary>
public static class LintCode
{
    public const string InvalidYaml = "KC001";
    public const string MissingField = "KC002";
    public const string UnknownKey = "KC003";
    public const string WrongType = "KC004";
    public const string DuplicateId = "KC005";
    public const string UnknownAudience = "KC006";
    public const string MissingFile = "KC007";
    public const string PageCount = "KC010";
    public const string QuestionCount = "KC011";
    public const string ChoiceCount = "KC012";
    public const string NoCorrectAnswer = "KC013";
    public const string MultipleCorrectAnswers = "KC014";
    public const string AnswerNotAChoice = "KC015";
    public const string MissingFeedback = "KC016";
    public const string MissingIllustration = "KC020";
    public const string LessonWithoutIllustration = "KC021";
    public const string InvalidIllustration = "KC022";
    public const string MissingTranslation = "KC030";
    public const string StaleTranslation = "KC031";
    public const string PlaceholderMismatch = "KC032";
    public const string UnknownTranslationKey = "KC033";
    public const string InvalidPo = "KC034";
    public const string ReviewStatusMismatch = "KC035";
    public const string AvoidedTerm = "KC040";
    public const string HardCodedNumber = "KC041";
    public const string UnknownPlaceholder = "KC042";
    public const string TextTooLong = "KC050";
    public const string TextDoesNotFit = "KC051";
    public const string InvalidLanguage = "KC060";
    public const string MissingLanguageName = "KC061";
    public const string MissingUiString = "KC062";
}
