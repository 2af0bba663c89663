namespace Entente.Throughput;

/// <summary>One timed pair of a scaling run: sentences/s (and per CPU-second) on one core and on all cores, and what a plain compute loop got from all cores against one around it.</summary>
public sealed record ScalingRound(int Round, string LoadAverage, double OneCore, double OneCorePerCpuSecond, double AllCores, double AllCoresPerCpuSecond, double Ratio, double MachineRatio);
