namespace Novel.Translation;

/// <summary>
/// The endpoint refused a request with a 400-class status (too long, bad input) that no retry of the same request
/// will change. A smaller batch may still succeed.
/// </summary>
internal sealed class RejectedRequestException(string message) : Exception(message);
