using TextRepair.Tests.Support;

namespace TextRepair.Tests.Rules;

/// <summary>
/// Mojibake cases in the manner of ftfy's in-the-wild and negative tests: damaged news words and sentences (UTF-8 read
/// as Windows-1252, some twice) that must come back exactly, and correct accented text, symbols and other scripts that
/// must come through untouched.
/// </summary>
public class MojibakeCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "Lukashenko\u00e2\u20ac\u2122s plane landed in Sochi.", "Lukashenko\u2019s plane landed in Sochi." },
        { "He said it doesn\u00e2\u20ac\u2122t work.", "He said it doesn\u2019t work." },
        { "\u00e2\u20ac\u0153I am concerned,\u00e2\u20ac\u009d a protester said.", "\u201cI am concerned,\u201d a protester said." },
        { "The Orf\u00c3\u00a8vres quay in Paris.", "The Orf\u00e8vres quay in Paris." },
        { "Prices rose 5% \u00e2\u20ac\u201c the most since 2008.", "Prices rose 5% \u2013 the most since 2008." },
        { "He waited\u00e2\u20ac\u00a6 and waited.", "He waited\u2026 and waited." },
        { "The caf\u00c3\u00a9 on Rue de Rivoli.", "The caf\u00e9 on Rue de Rivoli." },
        { "A na\u00c3\u00afve question.", "A na\u00efve question." },
        { "Z\u00c3\u00bcrich and Gen\u00c3\u00a8ve.", "Z\u00fcrich and Gen\u00e8ve." },
        { "S\u00c3\u00a3o Paulo\u00e2\u20ac\u2122s mayor.", "S\u00e3o Paulo\u2019s mayor." },
        { "The jalape\u00c3\u00b1o festival.", "The jalape\u00f1o festival." },
        { "Temperatures hit 40\u00c2\u00b0C.", "Temperatures hit 40\u00b0C." },
        { "It cost \u00e2\u201a\u00ac5 million.", "It cost \u20ac5 million." },
        { "It cost \u00c2\u00a3300.", "It cost \u00a3300." },
        { "\u00c2\u00a9 2020 Al Jazeera.", "\u00a9 2020 Al Jazeera." },
        { "Champions \u00e2\u20ac\u201d again.", "Champions \u2014 again." },
        { "The r\u00c3\u00a9sum\u00c3\u00a9 was short.", "The r\u00e9sum\u00e9 was short." },
        { "Cr\u00c3\u00a8me br\u00c3\u00bbl\u00c3\u00a9e for dessert.", "Cr\u00e8me br\u00fbl\u00e9e for dessert." },
        { "Dvo\u00c5\u2122\u00c3\u00a1k\u00e2\u20ac\u2122s symphony.", "Dvo\u0159\u00e1k\u2019s symphony." },
        { "\u00c3\u2020r\u00c3\u00b8 is an island.", "\u00c6r\u00f8 is an island." },
        { "The \u00c3\u2018and\u00c3\u00ba bird.", "The \u00d1and\u00fa bird." },
        { "Bj\u00c3\u00b6rk sang.", "Bj\u00f6rk sang." },
        { "\u00c5\u0081\u00c3\u00b3d\u00c5\u00ba is a city.", "\u0141\u00f3d\u017a is a city." },
        { "\u00c3\u0153bermensch.", "\u00dcbermensch." },
        { "The Se\u00c3\u00b1ora arrived.", "The Se\u00f1ora arrived." },
        { "fa\u00c3\u00a7ade", "fa\u00e7ade" },
        { "It\u00e2\u20ac\u2122s 10 o\u00e2\u20ac\u2122clock.", "It\u2019s 10 o\u2019clock." },
        { "Don\u00e2\u20ac\u2122t stop.", "Don\u2019t stop." },
        { "\u00e2\u20ac\u02dcQuoted\u00e2\u20ac\u2122 words.", "\u2018Quoted\u2019 words." },
        { "A \u00c2\u00bd share.", "A \u00bd share." },
        { "The \u00e2\u201e\u00a2 sign.", "The \u2122 sign." },
        { "Bullet \u00e2\u20ac\u00a2 point.", "Bullet \u2022 point." },
        { "M\u00c3\u00bcller won.", "M\u00fcller won." },
        { "Hern\u00c3\u00a1ndez scored.", "Hern\u00e1ndez scored." },
        { "Erdo\u00c4\u0178an spoke.", "Erdo\u011fan spoke." },
        { "Gda\u00c5\u201esk port.", "Gda\u0144sk port." },
        { "Krak\u00c3\u00b3w and Pozna\u00c5\u201e.", "Krak\u00f3w and Pozna\u0144." },
        { "Cura\u00c3\u00a7ao.", "Cura\u00e7ao." },
        { "Angela Merkel\u00e2\u20ac\u2122s \u00e2\u20ac\u0153decision\u00e2\u20ac\u009d.", "Angela Merkel\u2019s \u201cdecision\u201d." },
        { "The \u00e2\u20ac\u02dcBig Four\u00e2\u20ac\u2122 met.", "The \u2018Big Four\u2019 met." },
        { "I\u00c3\u00b1\u00c3\u00a1rritu directed it.", "I\u00f1\u00e1rritu directed it." },
        { "C\u00c3\u00b4te d\u00e2\u20ac\u2122Ivoire.", "C\u00f4te d\u2019Ivoire." },
        { "Troms\u00c3\u00b8.", "Troms\u00f8." },
        { "Reykjav\u00c3\u00adk.", "Reykjav\u00edk." },
        { "Malm\u00c3\u00b6.", "Malm\u00f6." },
        { "Besan\u00c3\u00a7on.", "Besan\u00e7on." },
        { "Nestl\u00c3\u00a9.", "Nestl\u00e9." },
        { "Citro\u00c3\u00abn.", "Citro\u00ebn." },
        { "\u00c5\u00a0koda.", "\u0160koda." },
        { "Fran\u00c3\u00a7ois Hollande.", "Fran\u00e7ois Hollande." },
        { "The 2019\u00e2\u20ac\u201c20 season.", "The 2019\u201320 season." },
        { "Pok\u00c3\u00a9mon.", "Pok\u00e9mon." },
        { "M\u00c3\u00b6tley Cr\u00c3\u00bce.", "M\u00f6tley Cr\u00fce." },
        { "Beyonc\u00c3\u00a9.", "Beyonc\u00e9." },
        { "El Ni\u00c3\u00b1o.", "El Ni\u00f1o." },
        { "He said it doesn\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t work.", "He said it doesn\u2019t work." },
        { "\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201cQuoted\u00c3\u00a2\u00e2\u201a\u00ac\u00c2\u009d text.", "\u201cQuoted\u201d text." },
        { "Z\u00fcrich", "Z\u00fcrich" },
        { "S\u00e3o Paulo", "S\u00e3o Paulo" },
        { "\u00c6r\u00f8", "\u00c6r\u00f8" },
        { "Dvo\u0159\u00e1k", "Dvo\u0159\u00e1k" },
        { "na\u00efve", "na\u00efve" },
        { "\u20ac5", "\u20ac5" },
        { "\u00a3300", "\u00a3300" },
        { "\u00a9 2020", "\u00a9 2020" },
        { "\u201ccurly quotes\u201d", "\u201ccurly quotes\u201d" },
        { "S\u00c3O PAULO is how it is written in capitals.", "S\u00c3O PAULO is how it is written in capitals." },
        { "Jo\u00e3o and Concei\u00e7\u00e3o", "Jo\u00e3o and Concei\u00e7\u00e3o" },
        { "\u00c3gua", "\u00c3gua" },
        { "\u00c2ngela", "\u00c2ngela" },
        { "\u00c2NGULO", "\u00c2NGULO" },
        { "A vaca \u00e9 \u00c3.", "A vaca \u00e9 \u00c3." },
        { "Moscow (\u041c\u043e\u0441\u043a\u0432\u0430)", "Moscow (\u041c\u043e\u0441\u043a\u0432\u0430)" },
        { "Athens (\u0391\u03b8\u03ae\u03bd\u03b1)", "Athens (\u0391\u03b8\u03ae\u03bd\u03b1)" },
        { "Tokyo (\u6771\u4eac)", "Tokyo (\u6771\u4eac)" },
        { "Cr\u00e8me br\u00fbl\u00e9e", "Cr\u00e8me br\u00fbl\u00e9e" },
        { "Pok\u00e9mon", "Pok\u00e9mon" },
        { "Beyonc\u00e9", "Beyonc\u00e9" },
        { "C\u00f4te d\u2019Ivoire", "C\u00f4te d\u2019Ivoire" },
        { "\u0141\u00f3d\u017a", "\u0141\u00f3d\u017a" },
        { "Krak\u00f3w", "Krak\u00f3w" },
        { "Erdo\u011fan", "Erdo\u011fan" },
        { "Gda\u0144sk", "Gda\u0144sk" },
        { "Besan\u00e7on", "Besan\u00e7on" },
        { "Citro\u00ebn", "Citro\u00ebn" },
        { "\u0160koda", "\u0160koda" },
        { "Troms\u00f8", "Troms\u00f8" },
        { "It\u2019s 10 o\u2019clock.", "It\u2019s 10 o\u2019clock." },
        { "Don\u2019t stop.", "Don\u2019t stop." },
        { "\u2018Quoted\u2019", "\u2018Quoted\u2019" },
        { "\u00bd share", "\u00bd share" },
        { "\u2122 sign", "\u2122 sign" },
        { "Bullet \u2022 point", "Bullet \u2022 point" },
        { "40\u00b0C", "40\u00b0C" },
        { "Champions \u2014 again", "Champions \u2014 again" },
        { "2019\u201320", "2019\u201320" },
        { "El Ni\u00f1o", "El Ni\u00f1o" },
        { "I\u00f1\u00e1rritu", "I\u00f1\u00e1rritu" },
        { "M\u00fcller", "M\u00fcller" },
        { "\u00dcber", "\u00dcber" },
        { "Se\u00f1ora", "Se\u00f1ora" },
        { "fa\u00e7ade", "fa\u00e7ade" },
        { "r\u00e9sum\u00e9", "r\u00e9sum\u00e9" },
        { "jalape\u00f1o", "jalape\u00f1o" },
        { "Bj\u00f6rk", "Bj\u00f6rk" },
        { "Malm\u00f6", "Malm\u00f6" },
        { "Reykjav\u00edk", "Reykjav\u00edk" },
        { "Cura\u00e7ao", "Cura\u00e7ao" },
        { "\u00d1and\u00fa", "\u00d1and\u00fa" },
        { "Hern\u00e1ndez", "Hern\u00e1ndez" },
        { "Nestl\u00e9", "Nestl\u00e9" },
        { "M\u00f6tley Cr\u00fce", "M\u00f6tley Cr\u00fce" },
        { "The price: 5 \u20ac.", "The price: 5 \u20ac." },
        { "\u00c2 is a letter in Romanian.", "\u00c2 is a letter in Romanian." },
        { "\u00c3 is used in Portuguese.", "\u00c3 is used in Portuguese." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Repairs_damage_and_never_changes_correct_text(string input, string expected)
    {
        string repaired = Engines.Default.Repair("Title\n\n" + input)["Title\n\n".Length..];
        Assert.Equal(expected, repaired);
    }

    [Fact]
    public void At_least_half_of_the_cases_must_stay_unchanged()
    {
        int unchanged = Cases.Count(row => (string)row[0] == (string)row[1]);
        Assert.True(Cases.Count >= 100);
        Assert.True(unchanged * 2 >= Cases.Count);
    }
}
