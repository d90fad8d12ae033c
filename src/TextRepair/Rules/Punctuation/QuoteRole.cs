namespace TextRepair.Rules.Punctuation;

/// <summary>What a quotation mark does where it stands.</summary>
internal enum QuoteRole
{
    None,
    Opening,
    Closing,
}
