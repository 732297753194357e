/// "Did you mean" for near misses, by edit distance.
public enum Suggestion {
    /// The candidate closest to `value`, if it is close enough to be a typo
    /// (at most a third of its length away, and at most 3 edits).
    public static func closest(to value: String, in candidates: [String]) -> String? {
        let input = Array(value.lowercased())
        guard !input.isEmpty, input.count <= 64 else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(input, Array(candidate.lowercased()))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = min(3, max(1, max(input.count, candidate.count) / 3))
        if candidate.lowercased().hasPrefix(value.lowercased()) && input.count >= 2 { return candidate }
        return distance <= limit ? candidate : nil
    }

    /// Edit distance counting a swap of two neighbours as one edit
    /// (optimal string alignment): "plna" is one typo away from "plan".
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
