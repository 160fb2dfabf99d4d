import XCTest

@testable import KGExtraction

final class DateWordTests: XCTestCase {
    /// The words `split` finds in `text`, with the scalar ranges they cover.
    private func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return DateWord.split(scalars).map { "\(Self.form($0, in: scalars))@\($0.range.lowerBound)" }
    }

    /// The text of `word`, a word of `scalars`.
    private static func form(_ word: DateWord, in scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars[word.range]))
    }

    func testWordsAreRunsOfLettersAndDigitsInAnyScript() {
        XCTAssertEqual(words("On 7th Oct. [2023]"), ["On@0", "7th@3", "Oct@7", "2023@13"])
        // the ASCII neighbours of letters and digits ("@", "[", "`", "{", "/", ":") split words
        XCTAssertEqual(words("a@b[c`d{e/f:g"), ["a@0", "b@2", "c@4", "d@6", "e@8", "f@10", "g@12"])
        XCTAssertEqual(words("Dźwiny 12 lutego, Αθήνα"), ["Dźwiny@0", "12@7", "lutego@10", "Αθήνα@18"])
    }

    func testAHyphenBeforeAWordIsNoted() {
        let split = DateWord.split(Array("2023-10-07".unicodeScalars))
        XCTAssertEqual(split.map(\.joinedByHyphen), [false, true, true])
        XCTAssertEqual(split.map(\.digits), [4, 2, 2])
    }

    /// (month, weekday, day of month) of each word `split` finds in `text`.
    private func meanings(_ text: String) -> [String] {
        DateWord.split(Array(text.unicodeScalars)).map { word in
            [word.month, word.weekday, word.dayOfMonth].map { $0.map(String.init) ?? "-" }.joined(separator: " ")
        }
    }

    func testMonthsAndWeekdaysAreCapitalizedNamesOnly() {
        XCTAssertEqual(
            meanings("May may Sept SEPT september Wednesday wednesday Mon Monday Mayday"),
            ["5 - -", "- - -", "9 - -", "9 - -", "- - -", "- 3 -", "- - -", "- - -", "- 1 -", "- - -"])
        // a capital outside ASCII, and an ASCII capital that a combining mark joins, as Character says
        XCTAssertEqual(meanings("Éte A\u{0345}pr"), ["- - -", "- - -"])
    }

    func testDayNumbersAreOneOrTwoDigitsWithAnOrdinalSuffix() {
        XCTAssertEqual(
            meanings("7 07 7th 21st 31 32 0 2023 th 1stth x7"),
            ["- - 7", "- - 7", "- - 7", "- - 21", "- - 31", "- - -", "- - -", "- - -", "- - -", "- - -", "- - -"])
    }

    func testCapitalsAreWhatCharacterSaysOfTheFirstCharacter() {
        for text in ["May", "may", "M", "m", "7", "Élan", "élan", "Αθήνα", "αθήνα", "A\u{0345}b", "a\u{0345}b", "ǅemal"] {
            XCTAssertEqual(DateWord.startsUpperCase(text), text.first?.isUppercase == true, text)
        }
    }

    /// A word's keyword, day number and number are those its lower-case form gives (`String`'s
    /// `lowercased()`), though `split` makes that form only for a word that starts with a digit or is
    /// not ASCII.
    func testAWordsAnswersAreThoseOfItsLowerCaseForm() {
        let text = "On 7TH Oct. McCALL, Dźwiny ÉTÉ Αθήνα x2Z \u{212A}elvin 0042 12345 31st 2nd Yesterday TODAY Tenth"
        let scalars = Array(text.unicodeScalars)
        let split = DateWord.split(scalars)
        XCTAssertEqual(split.count, 16)
        for word in split {
            let form = Self.form(word, in: scalars)
            let lowercased = form.lowercased()
            XCTAssertEqual(word.keyword, DateKeyword(lowercased: lowercased), form)
            XCTAssertEqual(word.dayOfMonth, DateWord.dayOfMonth(lowercased), form)
            XCTAssertEqual(word.number, word.digits > 0 && word.digits <= 4 ? Int(form) : nil, form)
        }
        XCTAssertEqual(split.map(\.number), [nil, nil, nil, nil, nil, nil, nil, nil, nil, 42, nil, nil, nil, nil, nil, nil])
        XCTAssertEqual(split.map(\.dayOfMonth)[1], 7)
        XCTAssertEqual(DateWord.asciiLowercased(Array("AZaz09@[`{".unicodeScalars)[...]), "azaz09@[`{")
        XCTAssertEqual(DateWord.asciiNumber(Array("0907".unicodeScalars)[...]), 907)
    }
}
