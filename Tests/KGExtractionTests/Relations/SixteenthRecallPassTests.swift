import KGExtraction
import XCTest

/// Constructions of the sixteenth recall pass (issue 7): acts on a name told again by an object
/// pronoun; each sentence's exact set of facts with the whole extractor, on invented sentences.
final class SixteenthRecallPassTests: ExtractionTestCase {
    func testAVerbsObjectPronounPastTheLastNameIsParsed() throws {
        // the pronoun lies more than a few words past the last name: the parsed stretch runs on to it
        XCTAssertEqual(
            try all("Kenyan President Uhuru Kenyatta met Salva Kiir in Nairobi last Tuesday and urged him to accept the deal."),
            ["Uhuru Kenyatta -president-> Kenya", "Uhuru Kenyatta -meet-> Salva Kiir", "Uhuru Kenyatta -urge-> Salva Kiir"])
        // a possessive is no object: nothing more is done to him
        XCTAssertEqual(try all("Uhuru Kenyatta met Salva Kiir in Nairobi last Tuesday and praised his courage."), ["Uhuru Kenyatta -meet-> Salva Kiir"])
    }

    func testAPersonToldIsWhomAStatementIsMadeTo() throws {
        XCTAssertEqual(
            try all("Kenyan President Uhuru Kenyatta met Salva Kiir in Nairobi last Tuesday and told him to accept the deal."),
            ["Uhuru Kenyatta -president-> Kenya", "Uhuru Kenyatta -meet-> Salva Kiir", "Uhuru Kenyatta -tell-> Salva Kiir"])
        XCTAssertEqual(
            try all("Peruvian Foreign Minister Rafael Roncagliolo summoned the Bolivian ambassador, Maria Soliz, and told her that the decision was final."),
            [
                "Rafael Roncagliolo -foreign minister-> Peru", "Maria Soliz -ambassador-> Bolivia", "Rafael Roncagliolo -summon-> Maria Soliz",
                "Rafael Roncagliolo -tell-> Maria Soliz", "Rafael Roncagliolo -summon-> Bolivia",
            ])
    }

    func testAProtestOrOverrulingOfASummedDeedIsAimedAtItsDoer() throws {
        XCTAssertEqual(try all("Syria shelled the border town for three days, a tactic Turkey protested."), ["Turkey -protest-> Syria"])
        XCTAssertEqual(
            try all("The Electoral Commission then appointed an additional woman to the Human Rights Protection Party, a decision the Supreme Court overturned."),
            ["Supreme Court -overturn-> Electoral Commission"])
        // a deed praised is no refusal: nothing is aimed at its doer
        XCTAssertEqual(try all("Syria shelled the border town for three days, a tactic Turkey praised."), [])
    }

    func testAnAppointmentIsAnActOnWhomItAppoints() throws {
        XCTAssertEqual(try all("Maia Sandu then appointed Dorin Recean to succeed Natalia Gavrilita."), ["Maia Sandu -appoint-> Dorin Recean"])
        // told by a past participle on the name, and by an object relative clause
        XCTAssertEqual(
            try all("Justice Minister Amina Diallo, appointed by Alpha Conde in March, said the trial would open within weeks."),
            ["Alpha Conde -appoint-> Amina Diallo"])
        XCTAssertEqual(
            try all("Jorge Quiroga, whom Evo Morales appointed as the delegation spokesman, said Bolivia would appeal."),
            ["Evo Morales -appoint-> Jorge Quiroga"])
        // where an unnamed appointee is appointed to is no one appointed
        XCTAssertEqual(try all("The Electoral Commission appointed a woman to the Human Rights Protection Party."), [])
        // the office appointed to is a role as well: its holder serves the appointer ("its special envoy"), not
        // the country the post is for
        XCTAssertEqual(
            try all("The African Union appointed former Nigerian President Olusegun Obasanjo as its special envoy to Ethiopia."),
            [
                "Olusegun Obasanjo -president-> Nigeria", "Olusegun Obasanjo -special envoy-> African Union",
                "African Union -appoint-> Olusegun Obasanjo",
            ])
    }

    func testASecondPassiveParticipleSharesTheFirstOnesPatient() throws {
        XCTAssertEqual(try all("Jose Rivas was released from jail last week and pardoned by Daniel Ortega."), ["Daniel Ortega -pardon-> Jose Rivas"])
        // in a relative clause, the patient is the noun it hangs on
        XCTAssertEqual(
            try all("Jose Rivas, who was released from jail last week and pardoned by Daniel Ortega, said he would leave politics."),
            ["Daniel Ortega -pardon-> Jose Rivas"])
    }

    func testNamingSomeoneIsAnActOnWhomItNames() throws {
        XCTAssertEqual(
            try all("Prosecutor Ivan Petrov named two Russian citizens, Oleg Smirnov and Pavel Orlov, as the organisers."),
            ["Ivan Petrov -name-> Oleg Smirnov", "Ivan Petrov -name-> Pavel Orlov"])
        XCTAssertEqual(try all("Kenya named Raila Odinga to the cabinet."), ["Kenya -name-> Raila Odinga"])
        // a thing named after someone is no act on him
        XCTAssertEqual(try all("The street was named after Nelson Mandela."), [])
    }

    func testStrippingSomeoneOfAnOfficeReducesRelations() throws {
        let active = try extract("Frederick Chiluba stripped Kenneth Kaunda of his citizenship.")
        XCTAssertEqual(facts(active), ["Frederick Chiluba -strip-> Kenneth Kaunda"])
        XCTAssertEqual(active.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["strip/16"])
        XCTAssertEqual(try all("Kenneth Kaunda was stripped of his citizenship by Frederick Chiluba in 1999."), ["Frederick Chiluba -strip-> Kenneth Kaunda"])
    }

    func testATitleParticipleIsNoVerbOfTheAgentPhrase() throws {
        // "by outgoing President X" was read as "by going out": the host's and the go-between's phrases
        // were lost (the conjoined participle's go-between reaches both sides of the talks' noun)
        XCTAssertEqual(
            try all(
                "The deal came after two rounds of talks between Raila Odinga and Uhuru Kenyatta in Nairobi's Harambee House, hosted by outgoing President Mwai Kibaki and mediated by Ghanaian diplomat Kofi Annan."
            ),
            [
                "Kofi Annan -diplomat-> Ghana", "Mwai Kibaki -host-> Raila Odinga", "Mwai Kibaki -host-> Uhuru Kenyatta",
                "Raila Odinga -talk-> Uhuru Kenyatta", "Uhuru Kenyatta -talk-> Raila Odinga", "Kofi Annan -mediate-> Raila Odinga", "Kofi Annan -mediate-> Uhuru Kenyatta",
            ])
    }
}
