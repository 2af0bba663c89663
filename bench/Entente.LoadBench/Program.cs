Console.Error.WriteLine("Entente.LoadBench: not written yet");
return 1;
