#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H

/// Runs libFuzzer on the target's `LLVMFuzzerTestOneInput` with the process's arguments and returns
/// its exit status. SwiftPM links every executable with `--defsym main=<Target>_main`, so libFuzzer's
/// own `main` never gets linked in: each target's main.swift calls this instead.
int fuzz_driver_main(int argc, char **argv);

#endif
