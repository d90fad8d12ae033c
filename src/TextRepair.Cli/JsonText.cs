using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TextRepair.Cli;

/// <summary>
/// JSON strings that may hold unpaired surrogates. JSON allows them as escapes (<c>"\ud800"</c>) and a .NET string can
/// hold them, but <see cref="Utf8JsonReader.GetString"/> and <see cref="Utf8JsonWriter"/> refuse them: read and write
/// them here instead, so that one such record is analysed and written back like any other.
/// </summary>
internal static class JsonText
{
    /// <summary>The value of the string token the reader is on, unpaired surrogates kept.</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException) when (reader.ValueIsEscaped)
        {
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    /// <summary>Writes a string value; one with unpaired surrogates gets them as <c>\uXXXX</c> escapes.</summary>
    public static void WriteStringValue(Utf8JsonWriter writer, string value)
    {
        if (IsWellFormed(value))
        {
            writer.WriteStringValue(value);
        }
        else
        {
            writer.WriteRawValue(Escape(value), skipInputValidation: true);
        }
    }

    /// <summary>Writes a property with a string value, as <see cref="WriteStringValue"/> does.</summary>
    public static void WriteString(Utf8JsonWriter writer, string name, string value)
    {
        writer.WritePropertyName(name);
        WriteStringValue(writer, value);
    }

    private static bool IsWellFormed(string value)
    {
        ReadOnlySpan<char> text = value;
        for (int index = text.IndexOfAnyInRange('\uD800', '\uDFFF'); index >= 0 && index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A JSON string literal: quotes, backslash and controls escaped, unpaired surrogates as escapes, the rest as UTF-8.</summary>
    private static byte[] Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8).Append('"');
        for (int index = 0; index < value.Length; index++)
        {
            char character = value[index];
            bool pair = char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);
            if (pair)
            {
                builder.Append(character).Append(value[++index]);
            }
            else if (character is '"' or '\\')
            {
                builder.Append('\\').Append(character);
            }
            else if (character < ' ' || char.IsSurrogate(character))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}");
            }
            else
            {
                builder.Append(character);
            }
        }

        return Encoding.UTF8.GetBytes(builder.Append('"').ToString());
    }

    /// <summary>Decodes the escapes of a JSON string's raw bytes (already validated by the reader).</summary>
    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var builder = new StringBuilder(escaped.Length);
        while (!escaped.IsEmpty)
        {
            int backslash = escaped.IndexOf((byte)'\\');
            ReadOnlySpan<byte> plain = backslash < 0 ? escaped : escaped[..backslash];
            builder.Append(Encoding.UTF8.GetString(plain));
            if (backslash < 0)
            {
                break;
            }

            byte kind = escaped[backslash + 1];
            escaped = escaped[(backslash + 2)..];
            if (kind == (byte)'u')
            {
                builder.Append((char)int.Parse(Encoding.ASCII.GetString(escaped[..4]), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                escaped = escaped[4..];
                continue;
            }

            builder.Append(kind switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)kind,
            });
        }

        return builder.ToString();
    }
}
