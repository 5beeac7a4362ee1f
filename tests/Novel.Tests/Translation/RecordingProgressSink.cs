using System.Collections.Concurrent;
using Novel.Translation;

namespace Novel.Tests.Translation;

/// <summary>A progress sink that keeps every line it is given, formatted as the console sink would.</summary>
internal sealed class RecordingProgressSink : IProgressSink
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => lines.ToList();

    public void Report(TranslationProgress progress) => lines.Enqueue(ConsoleProgressSink.Format(progress));

    public void Warn(string message) => lines.Enqueue("warning: " + message);
}
