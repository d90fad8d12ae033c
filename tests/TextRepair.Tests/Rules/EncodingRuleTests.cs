using TextRepair.Analysis;
using TextRepair.Fixes;
using TextRepair.Tests.Support;
using TextRepair.Text;

namespace TextRepair.Tests.Rules;

public class EncodingRuleTests
{
    [Theory]
    [InlineData("Lukashenko{|TR1001:â€™|}s plane landed.")]
    [InlineData("The {|TR1001:â€œ|}bridgehead{|TR1001:â€\u009d|} remark.")]
    [InlineData("A distance of 100{|TR1001:Â|} km.")]
    [InlineData("The Krem{|TR1002:\u200B|}lin said.")]
    [InlineData("A well{|TR1002:\u00AD|}known fact.")]
    [InlineData("The mid{|TR1002:\uFEFF|}dle of it.")]
    [InlineData("Latin{|TR1002:\u200D|}letters and a mark{|TR1002:\u200E|} here.")]
    [InlineData("access = {|TR1003:\u202E|}level{|TR1003:\u2066|} ok")]
    [InlineData("A bell{|TR1004:\u0007|} rang.")]
    [InlineData("Lost {|TR1005:\uFFFD\uFFFD|} bytes.")]
    [InlineData("The {|TR1006:Krеmlin|} said.")]
    [InlineData("They will not approve a budget that does not allocate{|TR1002:\u200D|} funding for a wall.")]
    [InlineData("When asked about{|TR1002:\u200C|} plans, he smiled.")]
    [InlineData("The {|TR1006:Κremlin|} said.")]
    [InlineData("The Kremlin{|TR1007:\t|}said.")]
    [InlineData("The Kremlin{|TR1007:\u3000|}said.")]
    [InlineData("The Kremlin said.{|TR1008:   |}\nNext line.")]
    [InlineData("The {|TR1010:cafe\u0301|} opened.")]
    [InlineData("The {|TR1010:ﬁnal|} ruling on {|TR1010:ＡＢＣ１２３|}.")]
    [InlineData("Tom {|TR1011:&amp;|} Jerry said {|TR1011:&quot;|}hi{|TR1011:&quot;|} and don{|TR1011:&#8217;|}t {|TR1011:&#x2014;|} ok{|TR1011:&nbsp;|}now, the {|TR1011:&#146;|}90s.")]
    public void Reports_encoding_damage(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup);

    [Theory]
    [InlineData("The nodes{|TR1010:，|} whether abandoned or not {|TR1010:，|}are listed{|TR1010:。|} He said{|TR1010:：|}yes{|TR1010:！|}")]
    [InlineData("The list has cout{|TR1010:、|}endl{|TR1010:、|}string and Ningbo{|TR1010:，|}China.")]
    public void Reports_fullwidth_punctuation_between_english_words(string markup) => DiagnosticMarkup.Verify(Engines.Default, markup, "TR1010");

    [Fact]
    public void Fullwidth_punctuation_in_chinese_text_is_left_and_in_english_text_is_suggested_as_english_marks()
    {
        Assert.Empty(Engines.Default.Analyze("他说，“我们走吧。” She said so, in Chinese：“走吧！”").Diagnostics.Where(d => d.Id == "TR1010"));
        const string English = "The nodes， whether abandoned or not ，are listed。";
        Assert.Equal(English, Engines.Default.Repair(English));
        var source = SourceText.From(English);
        var merger = new TextChangeMerger(source);
        foreach (Diagnostic diagnostic in Engines.Default.Analyze(source).Diagnostics.Where(d => d.Id == "TR1010"))
        {
            Assert.Equal(FixApplicability.Suggested, Assert.Single(diagnostic.Fixes).Applicability);
            merger.TryAdd(diagnostic.Fixes[0]);
        }

        Assert.Equal("The nodes, whether abandoned or not, are listed.", source.WithChanges(merger.Changes).NewText.ToString());
    }

    [Theory]
    [InlineData("Zürich, São Paulo, Ærø, Dvořák, naïve, €5, £3, © 2020 and “curly quotes”.")]
    [InlineData("Moscow (Москва) and Athens (Αθήνα) and Tokyo (東京).")]
    [InlineData("A family emoji 👩\u200D👩\u200D👧 and a thumbs up 👍🏽.")]
    [InlineData("Hebrew שלום\u200F with its mark.")]
    [InlineData("It is 10\u00A0km from Mr.\u00A0Smith and\u00A0Mister America.")]
    [InlineData("Sentences.\u00A0 Two spaces, one of them no-break.")]
    [InlineData("\uFEFFA byte-order mark at the start of a document.")]
    [InlineData("Persian نامه\u200Cها keeps its joiner.")]
    [InlineData("A heart \u2764\u200D\U0001F525 and Hindi क्\u200Dष keep theirs.")]
    [InlineData("Fullwidth punctuation in a Chinese quote: “你好，世界”.")]
    [InlineData("AT&T and R&D; &bogus; and &#0; stay, as does https://example.org/?a=1&amp;b=2 and <p>Tom &amp; Jerry</p>.")]
    [InlineData("It took 10Î&frac14;s.")]
    public void Leaves_correct_text_alone(string text) => DiagnosticMarkup.Verify(Engines.Default, text);

    [Fact]
    public void Bidi_controls_are_errors_and_only_suggested_for_removal_in_right_to_left_text()
    {
        Diagnostic latin = Assert.Single(Engines.Default.Analyze("level\u202E ok").Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, latin.Severity);
        Assert.Equal(FixApplicability.Automatic, latin.Fixes[0].Applicability);
        Diagnostic hebrew = Assert.Single(Engines.Default.Analyze("שלום \u202Bמה\u202C ok").Diagnostics, d => d.Id == "TR1003" && d.Span.Start == 5);
        Assert.Equal(FixApplicability.Suggested, hebrew.Fixes[0].Applicability);
    }

    [Fact]
    public void A_look_alike_letter_in_capitals_is_restored_only_on_request()
    {
        // In capitals a Cyrillic Е and a Latin E share their shape, so either script may be the one meant.
        SuggestedOnly.Verify("SENS\u0415 - Oleg Tsedryk", "TR1006");
        Assert.Equal("The Kremlin said.", Engines.Default.Repair("The Kr\u0435mlin said."));
    }

    [Fact]
    public void A_trailing_no_break_space_is_removed_only_on_request_and_plain_spaces_always()
    {
        SuggestedOnly.Verify("NICIODAT\u0102\u00A0", "TR1008");
        Assert.Equal("The end.", Engines.Default.Repair("The end.   "));
    }

    [Fact]
    public void The_replacement_character_has_no_fix()
    {
        Assert.Empty(Assert.Single(Engines.Default.Analyze("Lost \uFFFD here.").Diagnostics).Fixes);
    }

    [Fact]
    public void Unpaired_surrogates_are_reported_with_a_suggested_replacement_and_pairs_are_not()
    {
        const string text = "Cut \uD83D here, \uDC4D there and a whole 👍 pair, and at the end \uD800";
        Diagnostic[] found = [.. Engines.Default.Analyze(text).Diagnostics.Where(diagnostic => diagnostic.Id == "TR1005")];
        Assert.Equal([4, 12, text.Length - 1], found.Select(diagnostic => diagnostic.Span.Start));
        Assert.All(found, diagnostic => Assert.Equal(1, diagnostic.Span.Length));
        Assert.All(found, diagnostic => Assert.Equal(FixApplicability.Suggested, Assert.Single(diagnostic.Fixes).Applicability));
        Assert.Equal(text, Engines.Default.Repair(text));
        Assert.DoesNotContain(Engines.Default.Analyze("A whole 👍 pair and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.").Diagnostics, diagnostic => diagnostic.Id == "TR1005");
    }

    [Fact]
    public void A_control_character_standing_alone_is_reported_but_removed_only_on_request()
    {
        SuggestedOnly.Verify("Here's a control character: \u001a and more.", "TR1004");
        Assert.Equal("A bell rang.", Engines.Default.Repair("A bell\u0007 rang."));
    }

    [Fact]
    public void A_control_that_no_code_page_explains_is_still_removed()
    {
        // Windows-1252 leaves 0x81 undefined, and punctuation inside a word with a capital beside it is no Mac letter.
        Assert.Equal("Cut here and there.", Engines.Default.Repair("Cut\u0081 here and there."));
        SuggestedOnly.Verify("These control characters are apparently intentional \u0081", "TR1004");
        SuggestedOnly.Verify("The ABC\u0092Def brand.", "TR1004");
    }

    [Fact]
    public void Mixed_line_endings_take_the_majority_form()
    {
        const string text = "One.\r\nTwo.\r\nThree.\nFour.\r\n";
        Diagnostic diagnostic = Assert.Single(Engines.Default.Analyze(text).Diagnostics);
        Assert.Equal("TR1009", diagnostic.Id);
        Assert.Equal("One.\r\nTwo.\r\nThree.\r\nFour.\r\n", Engines.Default.Repair(text));
        Assert.Empty(Engines.Default.Analyze("One.\nTwo.\n").Diagnostics);
        // One kind throughout, CR LF or CR alone, blank lines included: nothing to report.
        Assert.Empty(Engines.Default.Analyze("One.\r\n\r\nTwo.\r\nThree.\r\n").Diagnostics);
        Assert.Empty(Engines.Default.Analyze("One.\r\rTwo.\rThree.").Diagnostics);
    }

    [Theory]
    [InlineData("Lukashenkoâ€™s plane", "Lukashenko’s plane")]
    [InlineData("The Krem\u200Blin and the Krеmlin\t said.", "The Kremlin and the Kremlin said.")]
    [InlineData("A bell\u0007 rang on the ﬁrst day.   ", "A bell rang on the first day.")]
    [InlineData("Latin-1 read donâ\u0080\u0099t stay.", "Latin-1 read don’t stay.")]
    [InlineData("«cafÃ©» and Ã©’s", "«café» and é’s")]
    [InlineData("Cut Ã¢â‚¬Å“quoteÃ¢â‚ here.", "Cut “quoteÃ¢â‚ here.")]
    [InlineData("RUF MICH ZURÃœCK, HÃ”TEL, Å\u00A0koda, siÄ™, pÅ™ed, HÄ±rsÄ±zÄ±, RÄ«ga, Tiáº¿ng Viá»‡t", "RUF MICH ZURÜCK, HÔTEL, Škoda, się, před, Hırsızı, Rīga, Tiếng Việt")]
    // A C1 control is a byte of Windows-1252 (or, inside a word, of Mac OS Roman) read as Latin-1, and UTF-8 may have been
    // read as Windows-1251, Mac OS Roman, Windows-1250, ISO-8859-2 or code page 437 instead of Windows-1252: each is read
    // back, once.
    [InlineData("tiene demora y está \u0093próximo a resolverse\u0094", "tiene demora y está “próximo a resolverse”")]
    [InlineData("He didn\u0092t go \u0096 she did and paid \u0080 5.", "He didn’t go – she did and paid \u0080 5.")]
    [InlineData("\u0084Handwerk bringt dich überall hin\u0093: Von der YOU", "„Handwerk bringt dich überall hin“: Von der YOU")]
    [InlineData("Deja dos heridos en barco tur\u0092stico en Coatl\u0087n.", "Deja dos heridos en barco turístico en Coatlán.")]
    [InlineData("A \u008Aibenik match and the \u0099 sign.", "A Šibenik match and the \u0099 sign.")]
    [InlineData("S&P Confirms UkrsotsbankвЂ™s вЂњB-вЂќ Rating", "S&P Confirms Ukrsotsbank’s “B-” Rating")]
    [InlineData("Blog Traffic Tip 2 вЂ“ Broadcast Email Your Blog", "Blog Traffic Tip 2 – Broadcast Email Your Blog")]
    [InlineData("This is signiп¬Ѓcantly lower.", "This is significantly lower.")]
    [InlineData("a bigger-than-expected Г‚ВЈ5.8bn rights issue", "a bigger-than-expected £5.8bn rights issue")]
    [InlineData("It‚Äôs the baker‚Äôs g√¢teaux, he said.", "It’s the baker’s gâteaux, he said.")]
    [InlineData("LiĂ¨ge Avenue de l'HĂ´pital", "Liège Avenue de l'Hôpital")]
    [InlineData("РґРѕСЂРѕРіРµ Р\u0098Р·-РїРѕРґ", "дороге Из-под")]
    [InlineData("LietuviÃ\u0085Â³ and ČeÃ\u0085Â¡tina, a radius of 10 Ã\u0085â\u0080\u0094", "Lietuvių and Čeština, a radius of 10 Å—")]
    [InlineData("CÃ\u00A0nan nan GÃ\u00A0idheal", "Cànan nan Gàidheal")]
    [InlineData("CÃ\u0083Â\u00A0nan nan GÃ\u0083Â\u00A0idheal", "Cànan nan Gàidheal")]
    [InlineData("Con il corpo e lo spirito ammaccato,Â\u00A0Ã¨ come se", "Con il corpo e lo spirito ammaccato,\u00A0è come se")]
    [InlineData("It was dÃ©jÃ  vu, voilÃ le travail, Ã la carte, jusqu'Ã nos jours, Ã s crianÃ§as, signe Ã s'Ã©loigner.", "It was déjà vu, voilà le travail, à la carte, jusqu'à nos jours, às crianças, signe à s'éloigner.")]
    [InlineData("C'est vrai que nous n'en avons pas encore beaucoup parlé\u0085 Tu sais, ça fait de nombreuses années", "C'est vrai que nous n'en avons pas encore beaucoup parlé… Tu sais, ça fait de nombreuses années")]
    [InlineData("â\u0080\u009cmismatched quotes\u0085\u0094 and Â\u0081 kept", "“mismatched quotes…” and Â\u0081 kept")]
    [InlineData("Mám dost třetĂ\u00ADho tisĂ\u00ADciletĂ\u00AD", "Mám dost třetího tisíciletí")]
    [InlineData("It was namedÂ â€žscarsÂ´ stonesâ€ś after the climbers", "It was named\u00A0„scars´ stones“ after the climbers")]
    [InlineData("Tom &amp;amp; Jerry, don&#8217;t, ok&nbsp;now", "Tom & Jerry, don’t, ok\u00A0now")]
    [InlineData("#╨┐╤Ç╨░╨▓╨╕╨╗╤î╨╜╨╛╨╡╨┐╨╕╤é╨░╨╜╨╕╨╡ and ─îe┼ítina, Tiß║┐ng Viß╗çt", "#правильноепитание and Čeština, Tiếng Việt")]
    // A byte Windows-1252 leaves undefined comes out of a strict decoder as U+FFFD: the sequence it belonged to is read
    // as the one character running text leaves ("”") or, as ftfy reads it, as one U+FFFD, so the rest of the run
    // decodes. An emoji written as its two surrogates (CESU-8) is read as the emoji; half of one is left.
    [InlineData("The ICR was upgraded to â€œbb+â€\uFFFD from â€œbbâ€\uFFFD.", "The ICR was upgraded to “bb+” from “bb”.")]
    [InlineData("Ã¢â‚¬Å“lossy decodingÃ¢â‚¬ï¿½ twice", "“lossy decoding” twice")]
    [InlineData("Ã¢â€\uFFFDâ€™(Ã¢Å’Â£Ã‹â€ºÃ¢Å’Â£)Ã¢â€\uFFFDÅ½", "┒(⌣˛⌣)┎")]
    [InlineData("SlovenÄ\uFFFDina, Ð±ÑŠÐ»Ð³Ð°Ñ€Ñ\uFFFDÐºÐ¸ ÐµÐ·Ð¸Ðº, Ð ÑƒÑ\uFFFDÑ\uFFFDÐºÐ¸Ð¹", "Sloven\uFFFDina, българ\uFFFDки език, Ру\uFFFD\uFFFDкий")]
    [InlineData("Thai à¸ à¸²à¸©à¸²à¹„à¸—à¸¢, the no-break space of its first letter turned a space", "Thai ภาษาไทย, the no-break space of its first letter turned a space")]
    [InlineData("à¤¹à¤¿à¤¨à¥\uFFFDà¤¦à¥€ and a lost joiner ðŸ‘¨â€\uFFFDðŸ‘©", "हिन\uFFFDदी and a lost joiner 👨\uFFFD👩")]
    [InlineData("Hi guys í\u00A0½í¸\u008D, and Ã\u00ADÂ\u00A0Â½Ã\u00ADÂ¸Â\u0098 twice, but í\u00A0½ alone", "Hi guys 😍, and 😘 twice, but í\u00A0½ alone")]
    public void Repair_restores_the_text_and_leaves_the_restored_text_alone(string text, string repaired)
    {
        Assert.Equal(repaired, Engines.Default.Repair(text));
        Assert.Equal(repaired, Engines.Default.Repair(repaired));
    }

    /// <summary>
    /// "”" for a lost byte is a guess outside a quotation, offered and not applied; a U+FFFD after a letter that is no
    /// lead of a sequence, or after a lead with no continuation left ("é��"), is TR1005's alone, and left in place.
    /// </summary>
    [Fact]
    public void A_lost_byte_is_guessed_only_where_a_quotation_closes()
    {
        Diagnostic closing = Assert.Single(Engines.Default.Analyze("Open â€œand shutâ€\uFFFD case.").Diagnostics, d => d.Span.Start > 10);
        Assert.Equal(FixApplicability.Automatic, Assert.Single(closing.Fixes).Applicability);

        Diagnostic alone = Assert.Single(Engines.Default.Analyze("He said “yes” and then noâ€\uFFFD again.").Diagnostics, d => d.Span.Start > 20);
        Assert.Equal("TR1001", alone.Id);
        Assert.Equal(FixApplicability.Suggested, Assert.Single(alone.Fixes).Applicability);

        foreach (string text in (string[])["A caf\u00E9\uFFFD\uFFFD opened.", "Lost a\uFFFDb bytes.", "The A\u00D1\uFFFD B case."])
        {
            Assert.Equal("TR1005", Assert.Single(Engines.Default.Analyze(text).Diagnostics).Id);
            Assert.Equal(text, Engines.Default.Repair(text));
        }
    }

    /// <summary>
    /// A soft hyphen is the byte 0xAD: in damage two pages read as different letters ("Ĺˇ" is "š" on Windows-1250 and "ŷ"
    /// on ISO-8859-2), where TR1001 only offers its reading, TR1002 must not remove it unattended and leave the lead
    /// alone; an ordinary soft hyphen still goes.
    /// </summary>
    [Fact]
    public void A_soft_hyphen_in_damage_is_the_damage_s()
    {
        const string Ambiguous = "Napíšte nám, NapĂ\u00ADĹˇte nám.";
        Assert.Equal(Ambiguous, Engines.Default.Repair(Ambiguous));
        Assert.DoesNotContain(Engines.Default.Analyze(Ambiguous).Diagnostics, diagnostic => diagnostic.Id == "TR1002");
        Assert.Equal("A well-known fact.", Engines.Default.Repair("A well\u00AD-known fact."));
    }

    /// <summary>One defect, one diagnostic: the word damage split and the quotation mark inside a run are TR1001's.</summary>
    [Theory]
    [InlineData("The Tip 2 вЂ“ Broadcast was aired on Monday.")]
    [InlineData("It‚Äôs the baker‚Äôs g√¢teaux, he said.")]
    [InlineData("LiĂ¨ge Avenue de l'HĂ´pital is closed.")]
    public void Damage_of_another_code_page_is_reported_once(string text)
    {
        Assert.All(Engines.Default.Analyze(text).Diagnostics, diagnostic => Assert.Equal("TR1001", diagnostic.Id));

        // A word after a dash outside ASCII is still checked for spelling.
        Assert.Contains(Engines.Default.Analyze("The house—a ruinn—stood there.").Diagnostics, diagnostic => diagnostic.Id == "TR4001");
    }

    /// <summary>The other pages' own languages write their leads and continuations side by side: none of this is damage.</summary>
    [Theory]
    [InlineData("ВІКІ is Ukrainian for WIKI. Її звати Марія, їй 20 років, і вона живе у Львові.")]
    [InlineData("Всё, что её интересует. Её муж сказал: «Нет». В\u00A0Москве — ЇЖАК, ЄВРОПА, ҐАНОК, ЁЛКА.")]
    [InlineData("« Ça va » dit-il, “Élysée” et l’été à Noël — «Ça», …à, —é, ’é, ‘É.")]
    [InlineData("Příliš žluťoučký kůň úpěl ďábelské ódy. Zażółć gęślą jaźń. ŁÓDŹ, ŻÓŁW, ŚWIĘTY.")]
    [InlineData("Înţelegerea şi ţara. „Äpfel“ und Öl. SELKÄ\u00A0EDELLÄ\u00A0MAAHAN, NICIODATĂ™, Ďž, ČŠ.")]
    [InlineData("√2 ≈ 1.41, ¬p, ∆x, ƒ(x), »Él«, ‹Ñ›, ÷É, ◊Ö, ⁄Ü.")]
    [InlineData("NÃO É VERDADE, A IRMÃ E O IRMÃO; SÃO PAULO. Ã is a letter, and so is Ã.")]
    [InlineData("A console's table: ┌──┬──┐ │a │b │ ├──┼──┤ ├┤a┼┐a┼┐a, and German Maßänderung, Fußübergang, Straße, α ≤ β.")]
    public void Correct_text_in_the_other_code_pages_languages_is_left_alone(string text)
    {
        Assert.DoesNotContain(Engines.Default.Analyze(text).Diagnostics, diagnostic => diagnostic.Id == "TR1001");
    }

    [Fact]
    public void A_run_two_pages_read_as_different_letters_is_only_suggested()
    {
        // "Ĺź" is "ş" on Windows-1250 and "ż" on ISO-8859-2: which one the text went through is a guess.
        SuggestedOnly.Verify("vedere ceĹźată", "TR1001");
        Assert.Equal("vedere înceţată", Engines.Default.Repair("vedere Ă®nceĹŁată"));
    }

    /// <summary>Damage that is not one clean layer (cut, mixed, or decoded in pieces) has no right answer: nothing is invented.</summary>
    [Theory]
    [InlineData("The price ofÃ¢â‚Ã©¬â„¢ bread rose.")]
    [InlineData("Garbled Ã¢â‚¬\u009d here.")]
    [InlineData("NESTLÉ® and MARQUÉ… and 4288×… and ZZAJÉ’s fans; QUEM É¿ and !YO SÉ¡")]
    [InlineData("MISUTÂ\u00A0AJIKKO, SELKÄ\u00A0EDELLÄ\u00A0MAAHAN and AHÅ™, a radius of 10 Å—")]
    [InlineData("I'm not such a fan of Charlotte Brontë…” and ( “+” and “×” curves )")]
    [InlineData("There are a lot of Ã’s and Å’s in mojibake text, and the Ã’s of the last line.")]
    public void Repair_invents_nothing_in_garbled_encoding(string text)
    {
        Assert.Equal(text, Engines.Default.Repair(text));
        Assert.DoesNotContain(Engines.Default.Analyze(text).Diagnostics, diagnostic => diagnostic.Id == "TR1001");
    }
}
