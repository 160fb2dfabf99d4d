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

        // Changed files are extracted (and their facts dated) on every core while this thread
        // stores the finished ones, one by one in input order: the writes overlap the extraction.
        let threads = max(1, extractionThreads ?? ProcessInfo.processInfo.activeProcessorCount)
        let pipeline = ExtractionPipeline(
            workers: threads > 1 ? threads : 0, window: threads > 1 ? Self.documentsInFlightPerThread * threads : 1
        ) {
            (read: SourceDocument) -> (SourceDocument, ExtractedDocument) in
            Self.extractAndDate(read, with: extractor)
        }
        defer { pipeline.close() }
        var completed = 0
        func advance(_ path: String) {
            completed += 1
            progress?(IngestProgress(completed: completed, total: files.count, currentPath: path))
        }
        func storeNext() throws {
            guard let (document, extraction) = pipeline.takeNext() else { return }
            do {
                report.add(try ingest(document: document, extraction: extraction))
            } catch let StoreError.invalidExtraction(path, detail) {
                // An extractor bug on one article should not stop the other thousand.
                report.documentsSkipped += 1
                warn(IngestWarning(path: path, message: "extractor output is inconsistent (\(detail)); skipped"))
            }
            advance(document.path)
        }
        progress?(IngestProgress(completed: 0, total: files.count, currentPath: files.first ?? ""))
        try writingManyDocuments {
            for file in files {
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
                        while pipeline.isFull { try storeNext() }
                        pipeline.submit(document)
                    }
                }
            }
            // Everything is submitted: the extraction threads finish the last documents while this
            // thread mostly waits for them. The log's checkpoint is run in such a wait, once few
            // documents are left, rather than when the store closes after the last one, where
            // nothing else runs beside its copying and syncs.
            var checkpointed = false
            while pipeline.inFlight > 0 {
                if !checkpointed, pipeline.inFlight <= Self.documentsLeftAtTheLastCheckpoint * threads,
                    !pipeline.nextIsReady
                {
                    checkpointed = true
                    try checkpointWriteAheadLog()
                }
                try storeNext()
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Documents each extraction thread may still have to finish when the log is checkpointed
    /// before the end (about 10 ms of extraction each; a checkpoint of a full log is about 30 ms
    /// of copying and two syncs).
    static let documentsLeftAtTheLastCheckpoint = 4

    /// Documents each extraction thread may have submitted and not yet stored. This thread stops
    /// at each write-ahead checkpoint while the log is synced (35-55 ms for 16 MiB here, up to
    /// 134 ms): the threads need that much work queued, or they wait too. With 4 a thread, the two
    /// threads of an 800-document ingest sat idle 0.5 s between them; with 16, under 0.01 s. The
    /// documents held are a few MiB of text and facts.
    static let documentsInFlightPerThread = 16

    /// `read` with the publication date its metadata, first lines or file name give, and what
    /// `extractor` finds in it with each fact dated against that date. Pure: run on any thread.
    static func extractAndDate(_ read: SourceDocument, with extractor: some DocumentExtractor) -> (SourceDocument, ExtractedDocument) {
        var document = read
        let undated = extractor.extract(document.text)
        // The date the file gives in its metadata, else in its first lines, else in its name.
        let fromPath = PublicationDate.find(inPath: document.path)
        document.published =
            document.published
            ?? extractor.publicationDate(inText: document.text, year: fromPath?.date.year) ?? fromPath
        return (document, extractor.datingFacts(of: undated, publishedOn: document.published?.date))
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
