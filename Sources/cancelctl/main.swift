#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCLI
import CancelVendors

let output = CancelCTL(registry: BuiltInVendors.registry,
                       environment: SystemEnvironment.variables(),
                       today: SystemEnvironment.today())
    .run(Array(CommandLine.arguments.dropFirst()))
SystemEnvironment.emit(output)
exit(output.exitCode)
