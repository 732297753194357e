/// A fact the plan needed but was not given, and where to find it: the
/// vendor's ``FactUse`` of that fact, so the two cannot drift apart.
public typealias MissingFact = FactUse
