import CancelCore

// Answers date-arithmetic questions read from stdin, one per line, so the
// Python oracle (Scripts/date-oracle.py) can check 100,000 cases against
// dateutil in one process. Each answer is one line; see OracleCase.
var answers: [String] = []
while let line = readLine() {
    answers.append(OracleCase.answer(line))
    if answers.count >= 4096 {
        print(answers.joined(separator: "\n"))
        answers.removeAll(keepingCapacity: true)
    }
}
if !answers.isEmpty { print(answers.joined(separator: "\n")) }
