/// Starts libFuzzer from a harness's own `main`. The harnesses link
/// libFuzzer without its `main` (`libclang_rt.fuzzer_no_main`): SwiftPM's
/// `--sanitize=fuzzer` links libFuzzer's `main` into every executable of
/// the build, including the VendorRegistryPlugin tool, which then fails to
/// link. See Scripts/fuzz.
public enum FuzzDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the process's arguments; returns its exit code.
    public static func run(_ test: TestOneInput) -> Int32 {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, test)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: FuzzDriver.TestOneInput) -> Int32
