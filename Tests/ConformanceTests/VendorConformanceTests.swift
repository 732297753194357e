import CancelCore
import CancelCoreTesting
import CancelVendors
import Foundation
import Testing

/// The shared suite over every registered vendor: a vendor is tested the
/// moment Package.swift lists it.
@Suite struct VendorConformanceTests {
    static let decoder: ReportDecoder = { try JSONDecoder().decode(PlanReport.self, from: Data($0.utf8)) }

    static func policy(_ id: String) throws -> any VendorPolicy.Type {
        try BuiltInVendors.registry.policy(id: id)
    }

    static func record(_ failures: [ConformanceFailure]) {
        for failure in failures { Issue.record(Comment(rawValue: failure.description)) }
    }

    @Test(arguments: BuiltInVendors.registry.ids)
    func description(of vendor: String) throws {
        Self.record(VendorConformance.descriptionFailures(of: try Self.policy(vendor)))
    }

    @Test(arguments: BuiltInVendors.registry.ids)
    func examples(of vendor: String) throws {
        Self.record(VendorConformance.exampleFailures(of: try Self.policy(vendor), decoder: Self.decoder))
    }

    @Test(arguments: BuiltInVendors.registry.ids)
    func declaredFactsAreReadAndOthersIgnored(by vendor: String) throws {
        Self.record(VendorConformance.factUseFailures(of: try Self.policy(vendor)))
    }

    @Test(arguments: BuiltInVendors.registry.ids)
    func theContractNoticeAppliesAndTheEarlierDeadlineWins(for vendor: String) throws {
        Self.record(VendorConformance.contractPrecedenceFailures(of: try Self.policy(vendor)))
    }

    @Test(arguments: BuiltInVendors.registry.ids)
    func invariantsHoldAcrossTheStressGrid(for vendor: String) throws {
        Self.record(VendorConformance.stressFailures(of: try Self.policy(vendor)))
    }
}
