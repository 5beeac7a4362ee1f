namespace Novel.Translation;

/// <summary>
/// The endpoint answered a request with something no retry of the same request will change: a 400-class refusal
/// (too long, bad input) or a reply that is not a chat completion. A smaller batch may still succeed.
/// </summary>
internal sealed class RejectedRequestException(string message) : Exception(message);
