#if canImport(Glibc)
import Glibc
#endif
import FuzzSupport

// libFuzzer's driver, fed by `fuzz` (see FuzzDriver for why not its main).
exit(FuzzDriver.run { data, size in fuzz(data, size) })
