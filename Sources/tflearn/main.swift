import ArgumentParser

TFLearn.main()
