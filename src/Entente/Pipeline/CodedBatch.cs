using System.Runtime.ExceptionServices;
using Entente.Model;

namespace Entente.Pipeline;

/// <summary>One work item of <see cref="OrderedParallelCoder"/>: the first <paramref name="Coded"/> results, then the failure that stopped the batch, if any.</summary>
internal sealed record CodedBatch(CodedDocument[] Results, int Coded, ExceptionDispatchInfo? Failure);
