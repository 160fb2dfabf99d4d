import Foundation
import KGExtraction
import KGTraining

/// The shared treebanks beside the repository, and a tiny one written out here.
enum TreebankFixtures {
    /// `<repo>/../shared/data/<relative>`, or nil when the shared data folder is absent.
    static func sharedData(_ relative: String) -> URL? {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // KGTrainingTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        let url = repository.deletingLastPathComponent()
            .appendingPathComponent("shared/data", isDirectory: true)
            .appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Six sentences in CoNLL-U, gold tags.
    static let tiny = """
        1\tNATO\tNATO\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tRussia\tRussia\tPROPN\tNNP\t_\t2\tobj\t_\t_
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tChina\tChina\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobj\t_\t_
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tembassy\tembassy\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_
        3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_
        4\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_
        5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_
        6\trebels\trebel\tNOUN\tNNS\t_\t4\tobl:agent\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        1\tPeru\tPeru\tPROPN\tNNP\t_\t4\tnsubj\t_\t_
        2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_
        3\tChile\tChile\tPROPN\tNNP\t_\t1\tconj\t_\t_
        4\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_
        5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_
        6\ttreaty\ttreaty\tNOUN\tNN\t_\t4\tobj\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_
        2\thearing\thearing\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_
        3\tis\tbe\tAUX\tVBZ\t_\t4\taux:pass\t_\t_
        4\tscheduled\tschedule\tVERB\tVBN\t_\t0\troot\t_\t_
        5\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_
        6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_
        7\tissue\tissue\tNOUN\tNN\t_\t2\tnmod\t_\t_
        8\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:unmarked\t_\t_
        9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    static func tinySentences() throws -> [ParserTrainingSentence] {
        try CoNLLUReader.parse(tiny).compactMap { ParserTrainingSentence($0) }
    }
}
