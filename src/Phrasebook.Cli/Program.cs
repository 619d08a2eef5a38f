Console.WriteLine("phrasebook");
