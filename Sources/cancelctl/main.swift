#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCLI
import CancelVendors

let environment = SystemEnvironment.variables()
let status = CancelCTL(registry: BuiltInVendors.registry,
                       environment: environment,
                       today: SystemEnvironment.today(),
                       colour: SystemEnvironment.wantsColour(environment: environment))
    .runStreaming(Array(CommandLine.arguments.dropFirst()),
                  stdout: FileDescriptorSink(descriptor: 1), stderr: FileDescriptorSink(descriptor: 2))
exit(status)
