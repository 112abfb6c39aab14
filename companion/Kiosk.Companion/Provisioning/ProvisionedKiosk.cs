namespace Kiosk.Companion.Provisioning;

/// <summary>
/// The answer to creating a kiosk. The password (in the file) and the teacher PIN are shown this
/// once; the companion keeps only their hashes. The PIN is not in the file, which goes on the device.
/// </summary>
public sealed record ProvisionedKiosk(ProvisioningFile ProvisioningFile, string TeacherPin);
