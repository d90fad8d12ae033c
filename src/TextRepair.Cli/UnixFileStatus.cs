using System.Runtime.InteropServices;

namespace TextRepair.Cli;

/// <summary>
/// What .NET does not tell about a file on Linux: its type (regular file, device, pipe) and its number of hard links,
/// read with <c>statx(2)</c>, whose record layout is the same on every Linux architecture. Elsewhere, or when the call
/// fails, nothing is known and callers fall back to what .NET offers.
/// </summary>
internal static partial class UnixFileStatus
{
    private const int CurrentDirectory = -100;
    private const uint TypeAndLinks = 0x1 | 0x4;
    private const int LinkCountOffset = 16;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The file's type and hard-link count, following symbolic links; false when they cannot be known.</summary>
    public static bool TryGet(string path, out bool isRegularFile, out bool isDirectory, out int linkCount)
    {
        isRegularFile = false;
        isDirectory = false;
        linkCount = 1;
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        byte[] status = new byte[256];
        try
        {
            if (Statx(CurrentDirectory, path, 0, TypeAndLinks, status) != 0)
            {
                return false;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        int type = BitConverter.ToUInt16(status, ModeOffset) & TypeMask;
        isRegularFile = type == RegularType;
        isDirectory = type == DirectoryType;
        linkCount = (int)Math.Min(int.MaxValue, BitConverter.ToUInt32(status, LinkCountOffset));
        return true;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] status);
}
