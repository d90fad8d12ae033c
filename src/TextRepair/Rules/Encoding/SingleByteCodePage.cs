using System.Buffers;
using System.Text;

namespace TextRepair.Rules.Encoding;

/// <summary>
/// A single-byte code page that UTF-8 is read as by mistake: Windows-1252 above all ("â€™" for "’"), Windows-1251 on
/// Cyrillic systems ("вЂ™"), Mac OS Roman on old Macs ("‚Äô", "√©" for "é"), Windows-1250 and ISO-8859-2 in Central
/// Europe ("Ă©"), code page 437 in a console ("├⌐"). Its bytes 0x80–0xFF as characters, read the sloppy way, as browsers and ftfy read them: a byte the page
/// leaves undefined is the C1 control of the same value, so encoding back recovers the original bytes.
/// </summary>
internal sealed class SingleByteCodePage
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string highCharacters;
    private readonly Dictionary<char, byte> bytes;

    private SingleByteCodePage(string name, string highCharacters)
    {
        Name = name;
        this.highCharacters = highCharacters;
        bytes = new Dictionary<char, byte>(highCharacters.Length);
        for (int index = 0; index < highCharacters.Length; index++)
        {
            bytes[highCharacters[index]] = (byte)(0x80 + index);
        }

        // A lead byte of a sequence of two to four (0xC2–0xF4), as this page shows it.
        Leads = SearchValues.Create(highCharacters.AsSpan(0xC2 - 0x80, 0xF4 - 0xC2 + 1));
    }

    /// <summary>Windows-1252: its characters for 0x80–0x9F (a C1 control for the five it leaves undefined), then Latin-1.</summary>
    public static SingleByteCodePage Windows1252 { get; } = new(
        "Windows-1252",
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178"
        + string.Create(0x60, 0, static (characters, _) =>
        {
            for (int index = 0; index < characters.Length; index++)
            {
                characters[index] = (char)(0xA0 + index);
            }
        }));

    /// <summary>Windows-1251, Cyrillic.</summary>
    public static SingleByteCodePage Windows1251 { get; } = new(
        "Windows-1251",
        "\u0402\u0403\u201A\u0453\u201E\u2026\u2020\u2021\u20AC\u2030\u0409\u2039\u040A\u040C\u040B\u040F"
        + "\u0452\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u0098\u2122\u0459\u203A\u045A\u045C\u045B\u045F"
        + "\u00A0\u040E\u045E\u0408\u00A4\u0490\u00A6\u00A7\u0401\u00A9\u0404\u00AB\u00AC\u00AD\u00AE\u0407"
        + "\u00B0\u00B1\u0406\u0456\u0491\u00B5\u00B6\u00B7\u0451\u2116\u0454\u00BB\u0458\u0405\u0455\u0457"
        + "\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F"
        + "\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E\u042F"
        + "\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F"
        + "\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F");

    /// <summary>Mac OS Roman, the Macintosh's code page before Unicode.</summary>
    public static SingleByteCodePage MacRoman { get; } = new(
        "Mac OS Roman",
        "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8"
        + "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC"
        + "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8"
        + "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8"
        + "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153"
        + "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02"
        + "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4"
        + "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7");

    /// <summary>Windows-1250, Central European.</summary>
    public static SingleByteCodePage Windows1250 { get; } = new(
        "Windows-1250",
        "\u20AC\u0081\u201A\u0083\u201E\u2026\u2020\u2021\u0088\u2030\u0160\u2039\u015A\u0164\u017D\u0179"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u0098\u2122\u0161\u203A\u015B\u0165\u017E\u017A"
        + "\u00A0\u02C7\u02D8\u0141\u00A4\u0104\u00A6\u00A7\u00A8\u00A9\u015E\u00AB\u00AC\u00AD\u00AE\u017B"
        + "\u00B0\u00B1\u02DB\u0142\u00B4\u00B5\u00B6\u00B7\u00B8\u0105\u015F\u00BB\u013D\u02DD\u013E\u017C"
        + "\u0154\u00C1\u00C2\u0102\u00C4\u0139\u0106\u00C7\u010C\u00C9\u0118\u00CB\u011A\u00CD\u00CE\u010E"
        + "\u0110\u0143\u0147\u00D3\u00D4\u0150\u00D6\u00D7\u0158\u016E\u00DA\u0170\u00DC\u00DD\u0162\u00DF"
        + "\u0155\u00E1\u00E2\u0103\u00E4\u013A\u0107\u00E7\u010D\u00E9\u0119\u00EB\u011B\u00ED\u00EE\u010F"
        + "\u0111\u0144\u0148\u00F3\u00F4\u0151\u00F6\u00F7\u0159\u016F\u00FA\u0171\u00FC\u00FD\u0163\u02D9");

    /// <summary>ISO-8859-2, Latin-2: Windows-1250's letters at other bytes for a dozen of them ("Ą" is 0xA1 here, 0xA5 there).</summary>
    public static SingleByteCodePage Latin2 { get; } = new(
        "ISO-8859-2",
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u00A0\u0104\u02D8\u0141\u00A4\u013D\u015A\u00A7\u00A8\u0160\u015E\u0164\u0179\u00AD\u017D\u017B"
        + "\u00B0\u0105\u02DB\u0142\u00B4\u013E\u015B\u02C7\u00B8\u0161\u015F\u0165\u017A\u02DD\u017E\u017C"
        + "\u0154\u00C1\u00C2\u0102\u00C4\u0139\u0106\u00C7\u010C\u00C9\u0118\u00CB\u011A\u00CD\u00CE\u010E"
        + "\u0110\u0143\u0147\u00D3\u00D4\u0150\u00D6\u00D7\u0158\u016E\u00DA\u0170\u00DC\u00DD\u0162\u00DF"
        + "\u0155\u00E1\u00E2\u0103\u00E4\u013A\u0107\u00E7\u010D\u00E9\u0119\u00EB\u011B\u00ED\u00EE\u010F"
        + "\u0111\u0144\u0148\u00F3\u00F4\u0151\u00F6\u00F7\u0159\u016F\u00FA\u0171\u00FC\u00FD\u0163\u02D9");

    /// <summary>
    /// Code page 437, the IBM PC's and the Windows console's: UTF-8 printed to a console shows its leads as box-drawing
    /// and Greek signs ("╨┐╤Ç╨░" for "пра", "─îe┼ítina" for "Čeština").
    /// </summary>
    public static SingleByteCodePage Oem437 { get; } = new(
        "code page 437",
        "\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC\u00C4\u00C5"
        + "\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00A2\u00A3\u00A5\u20A7\u0192"
        + "\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u2310\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB"
        + "\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510"
        + "\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567"
        + "\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580"
        + "\u03B1\u00DF\u0393\u03C0\u03A3\u03C3\u00B5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229"
        + "\u2261\u00B1\u2265\u2264\u2320\u2321\u00F7\u2248\u00B0\u2219\u00B7\u221A\u207F\u00B2\u25A0\u00A0");

    /// <summary>The code pages besides Windows-1252 that TR1001 reads, in the order it tries them.</summary>
    public static IReadOnlyList<SingleByteCodePage> Others { get; } = [Windows1251, MacRoman, Windows1250, Latin2, Oem437];

    /// <summary>The page's name, for messages.</summary>
    public string Name { get; }

    /// <summary>The characters that show a UTF-8 lead byte (0xC2–0xF4) on this page.</summary>
    public SearchValues<char> Leads { get; }

    /// <summary>
    /// What this page writes with the byte a C1 control stands for: text in Windows-1252 read as Latin-1 turns "“" into
    /// U+0093. False for a byte the page leaves undefined (Windows-1252's 0x81, 0x8D, 0x8F, 0x90, 0x9D) and for any
    /// other character.
    /// </summary>
    public bool TryGetMeaningOfControl(char control, out char meant)
    {
        meant = control is >= '\u0080' and <= '\u009F' ? highCharacters[control - 0x80] : '\0';
        return meant > '\u009F';
    }

    /// <summary>The byte that <paramref name="character"/> shows on this page, if it is one of the 256.</summary>
    public bool TryGetByte(char character, out byte value)
    {
        // ASCII is the same on every page; a C1 control is a byte read as Latin-1 on the way (or one the page leaves
        // undefined, read the sloppy way: the same byte).
        if (character <= '\u009F')
        {
            value = (byte)character;
            return true;
        }

        return bytes.TryGetValue(character, out value);
    }

    /// <summary>How long a UTF-8 sequence is whose first byte shows as <paramref name="character"/>: 2, 3, 4, or 0.</summary>
    public int SequenceLength(char character) => TryGetByte(character, out byte value) ? value switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    } : 0;

    /// <summary>Whether the character shows a UTF-8 continuation byte (0x80–0xBF) on this page.</summary>
    public bool IsContinuation(char character) => TryGetByte(character, out byte value) && value is >= 0x80 and <= 0xBF;

    /// <summary>
    /// The length of a complete UTF-8 sequence as this page shows it at <paramref name="position"/> (a lead and exactly
    /// the continuations it calls for), or 0.
    /// </summary>
    public int SequenceAt(ReadOnlySpan<char> text, int position)
    {
        if (position >= text.Length)
        {
            return 0;
        }

        int length = SequenceLength(text[position]);
        if (length == 0 || position + length > text.Length)
        {
            return 0;
        }

        for (int index = position + 1; index < position + length; index++)
        {
            if (!IsContinuation(text[index]))
            {
                return 0;
            }
        }

        return length;
    }

    /// <summary>Decodes <paramref name="bytes"/> on this page, the sloppy way: how mojibake is made (tests and the noise generator use it).</summary>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = new StringBuilder(bytes.Length);
        foreach (byte value in bytes)
        {
            decoded.Append(value < 0x80 ? (char)value : highCharacters[value - 0x80]);
        }

        return decoded.ToString();
    }

    /// <summary>
    /// Encodes <paramref name="text"/> back to this page's bytes and decodes them as UTF-8; null when that fails. A
    /// character beyond U+FFFF written as its two surrogates, each as a three-byte sequence (CESU-8, what Java's modified
    /// UTF-8 and MySQL's three-byte "utf8" make of an emoji: "í\u00A0½í¸\u008D" is "😍"), is read as that character; a
    /// surrogate without its other half still fails.
    /// </summary>
    public string? Redecode(ReadOnlySpan<char> text)
    {
        Span<byte> encoded = text.Length <= 64 ? stackalloc byte[text.Length] : new byte[text.Length];
        for (int index = 0; index < text.Length; index++)
        {
            if (!TryGetByte(text[index], out encoded[index]))
            {
                return null;
            }
        }

        // A surrogate pair takes six bytes in CESU-8 and four in UTF-8: rewritten in place, the bytes only shrink.
        encoded = encoded[..JoinSurrogatePairs(encoded)];
        try
        {
            return StrictUtf8.GetString(encoded);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Rewrites each high surrogate's three-byte sequence followed by a low surrogate's (0xED 0xA0–0xAF .., 0xED
    /// 0xB0–0xBF ..) as the four-byte sequence of the character the pair makes; returns the bytes' new length.
    /// </summary>
    private static int JoinSurrogatePairs(Span<byte> bytes)
    {
        int written = 0;
        for (int read = 0; read < bytes.Length;)
        {
            if (read + 6 <= bytes.Length && bytes[read] == 0xED && bytes[read + 1] is >= 0xA0 and <= 0xAF && IsContinuationByte(bytes[read + 2])
                && bytes[read + 3] == 0xED && bytes[read + 4] is >= 0xB0 and <= 0xBF && IsContinuationByte(bytes[read + 5]))
            {
                int high = 0xD000 | ((bytes[read + 1] & 0x3F) << 6) | (bytes[read + 2] & 0x3F);
                int low = 0xD000 | ((bytes[read + 4] & 0x3F) << 6) | (bytes[read + 5] & 0x3F);
                int codePoint = char.ConvertToUtf32((char)high, (char)low);
                bytes[written++] = (byte)(0xF0 | (codePoint >> 18));
                bytes[written++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                bytes[written++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                bytes[written++] = (byte)(0x80 | (codePoint & 0x3F));
                read += 6;
                continue;
            }

            bytes[written++] = bytes[read++];
        }

        return written;
    }

    private static bool IsContinuationByte(byte value) => value is >= 0x80 and <= 0xBF;
}
