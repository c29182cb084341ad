import FuzzDriver
import Foundation

// libFuzzer takes over from here and calls LLVMFuzzerTestOneInput for every input.
exit(fuzz_driver_main(CommandLine.argc, CommandLine.unsafeArgv))
