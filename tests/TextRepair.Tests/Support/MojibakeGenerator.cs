using System.Text;
using TextRepair.Rules.Encoding;

namespace TextRepair.Tests.Support;

/// <summary>Damages text the way scrapers do: its UTF-8 bytes read as Windows-1252 (undefined bytes as C1 controls).</summary>
internal static class MojibakeGenerator
{
    public static string Damage(string text) => SingleByteCodePage.Windows1252.Decode(Encoding.UTF8.GetBytes(text));
}
