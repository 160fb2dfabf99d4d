import Foundation
import KGModel
import KGStore

extension GraphStore {
    /// Reads the files and folders at `paths` (folders recursively: .txt, .md, .html), extracts
    /// each document with `extractor` and stores it in its own transaction.
    ///
    /// ```swift
    /// let report = try store.ingest(paths: ["corpus"], extractor: try Extractor())
    /// print(report.documentsIngested, report.relationsAdded)
    /// ```
    /// Unchanged files are skipped; a changed file replaces its own facts and nothing else. Each
    /// document gets the publication date its HTML metadata, first lines (through `extractor`) or
    /// file name give, and its facts are dated against it (`DocumentExtractor.datingFacts`).
    /// Throws when nothing could be done (a missing path, a folder with no text), before writing
    /// anything. Files that cannot be read (or whose extraction is inconsistent) are skipped with
    /// a warning, passed to `warning` as it happens and kept in the report. A database error stops the ingest; every document stored
    /// before it stays, whole.
    ///
    /// `extractionThreads` documents are extracted at once (default: one per core; 0 or less
    /// counts as 1); the database comes out the same whatever the number.
    public func ingest(
        paths: [String], extractor: some DocumentExtractor,
        extractionThreads: Int? = nil,
        progress: ((IngestProgress) -> Void)? = nil,
        warning: ((IngestWarning) -> Void)? = nil
    ) throws -> IngestReport {
        let started = Date()
        let files = try DocumentReader.files(in: paths)
        var report = IngestReport()
        func warn(_ message: IngestWarning) {
            report.warnings.append(message)
            warning?(message)
        }

        // Files go in batches: read and check each, extract the changed ones on every core at
        // once (the extractor is the slow part), then store them one by one in sorted order.
        let threads = max(1, extractionThreads ?? ProcessInfo.processInfo.activeProcessorCount)
        let batchSize = 4 * threads
        var completed = 0
        func advance(_ path: String) {
            completed += 1
            progress?(IngestProgress(completed: completed, total: files.count, currentPath: path))
        }
        progress?(IngestProgress(completed: 0, total: files.count, currentPath: files.first ?? ""))
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            var changed: [SourceDocument] = []
            for file in files[batchStart..<min(batchStart + batchSize, files.count)] {
                switch DocumentReader.read(file) {
                case let .skipped(message):
                    report.documentsSkipped += 1
                    warn(message)
                    advance(file)
                case let .document(document, warnings):
                    warnings.forEach(warn)
                    report.bytesRead += document.size
                    // Checked before extracting: re-ingesting an unchanged folder must be cheap.
                    if try storedContentHash(forPath: document.path) == document.contentHash {
                        report.documentsUnchanged += 1
                        advance(file)
                    } else {
                        changed.append(document)
                    }
                }
            }
            let extractions = Self.extract(changed.map(\.text), with: extractor, threads: threads)
            for (read, undated) in zip(changed, extractions) {
                // The date the file gives in its metadata, else in its first lines, else in its name.
                var document = read
                let fromPath = PublicationDate.find(inPath: document.path)
                document.published =
                    document.published
                    ?? extractor.publicationDate(inText: document.text, year: fromPath?.date.year) ?? fromPath
                let extraction = extractor.datingFacts(of: undated, publishedOn: document.published?.date)
                do {
                    report.add(try ingest(document: document, extraction: extraction))
                } catch let StoreError.invalidExtraction(path, detail) {
                    // An extractor bug on one article should not stop the other thousand.
                    report.documentsSkipped += 1
                    warn(IngestWarning(path: path, message: "extractor output is inconsistent (\(detail)); skipped"))
                }
                advance(document.path)
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// What `extractor` finds in each of `texts`, in order, extracted on `threads` threads.
    static func extract(_ texts: [String], with extractor: some DocumentExtractor, threads: Int) -> [ExtractedDocument] {
        guard texts.count > 1, threads > 1 else { return texts.map { extractor.extract($0) } }
        let slots = ExtractionSlots(count: texts.count)
        // Thread `worker` takes texts worker, worker + threads, ...: which finishes first varies.
        let workers = min(threads, texts.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: texts.count, by: workers) {
                slots.store(extractor.extract(texts[index]), at: index)
            }
        }
        return slots.results
    }
}

extension IngestReport {
    /// Counts one stored document.
    mutating func add(_ result: DocumentIngestResult) {
        switch result.status {
        case .unchanged:
            documentsUnchanged += 1
            return
        case .replaced:
            documentsReplaced += 1
        case .added:
            break
        }
        documentsIngested += 1
        entitiesAdded += result.entitiesAdded
        entitiesRemoved += result.entitiesRemoved
        relationsAdded += result.relationsAdded
    }
}

/// Where concurrent extractions land, each in its own slot.
///
/// `@unchecked Sendable` because the lock guards the array; `concurrentPerform` returns only
/// when every slot is filled.
private final class ExtractionSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ExtractedDocument?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ extraction: ExtractedDocument, at index: Int) {
        lock.lock()
        slots[index] = extraction
        lock.unlock()
    }

    var results: [ExtractedDocument] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? ExtractedDocument(title: nil, sentences: [], entities: [], mentions: [], facts: []) }
    }
}
