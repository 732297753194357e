#if canImport(Glibc)
import Glibc
#endif

/// A property every input must keep; a violation aborts so libFuzzer saves
/// the input as a crash (harness code only: product code never traps).
public func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    var text = "fuzz property violated: " + message() + "\n"
    text.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
    abort()
}
