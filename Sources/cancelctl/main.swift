#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCLI
import CancelVendors

let status = CancelCTL(registry: BuiltInVendors.registry,
                       environment: SystemEnvironment.variables(),
                       today: SystemEnvironment.today())
    .runStreaming(Array(CommandLine.arguments.dropFirst()),
                  stdout: FileDescriptorSink(descriptor: 1), stderr: FileDescriptorSink(descriptor: 2))
exit(status)
