namespace Novel.Translation;

/// <summary>
/// Gets one batch translated whatever the endpoint does: a rejected reply is asked for again, then the batch is split in
/// halves, down to single paragraphs; a paragraph that fails alone is reported and left untranslated.
/// </summary>
internal sealed class BatchTranslator(
    ChatCompletionClient client,
    TranslationPrompt prompt,
    Func<TranslationBatch, IReadOnlyList<string>, Task> accept,
    Action<TranslationItem, string> fail)
{
    private int rejected;

    /// <summary>Replies rejected so far.</summary>
    public int RejectedReplies => Volatile.Read(ref rejected);

    /// <summary>Translates the batch, handing every accepted translation to <c>accept</c> and every lost paragraph to <c>fail</c>.</summary>
    public async Task TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        var attempts = batch.Items.Count == 1 ? 3 : 2;
        var problem = "";
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            string reply;
            try
            {
                reply = await client.CompleteAsync(prompt.System, TranslationPrompt.User(batch), cancellationToken).ConfigureAwait(false);
            }
            catch (RejectedRequestException exception)
            {
                Interlocked.Increment(ref rejected);
                problem = exception.Message;
                break;
            }

            var entries = BatchResponseParser.Parse(reply, out problem);
            if (entries is not null)
            {
                var translations = BatchResponseValidator.Validate(batch.Items, entries, out var problems);
                if (translations is not null)
                {
                    await accept(batch, translations).ConfigureAwait(false);
                    return;
                }

                problem = string.Join("; ", problems.Take(3));
            }

            Interlocked.Increment(ref rejected);
        }

        if (batch.Items.Count > 1)
        {
            var (first, second) = batch.Split();
            await TranslateAsync(first, cancellationToken).ConfigureAwait(false);
            await TranslateAsync(second, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            fail(batch.Items[0], problem);
        }
    }
}
