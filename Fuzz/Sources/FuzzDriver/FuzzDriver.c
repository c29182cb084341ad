#include "FuzzDriver.h"

#include <stddef.h>
#include <stdint.h>

// Provided by libclang_rt.fuzzer (linked by -sanitize=fuzzer).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
// Provided by the Swift target, through @_cdecl.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int fuzz_driver_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}

// ASan defaults for every target. detect_stack_use_after_return puts locals on a heap "fake
// stack", which defeats GoTemplate's StackGuard (it measures the stack through a local's address)
// and makes every template look nested too deeply. Leak reports would only list the Swift
// runtime's and the libraries' lazily created globals.
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0:detect_leaks=0";
}
