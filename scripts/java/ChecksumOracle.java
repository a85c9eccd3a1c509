import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.MessageDigestSpi;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import liquibase.ChecksumVersion;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.resource.SearchPathResourceAccessor;
import liquibase.sql.visitor.SqlVisitor;

/**
 * Records, with Liquibase itself as the oracle, the checksum of every change, modifySql visitor
 * and changeset of a changelog, together with the exact bytes Liquibase feeds to MD5 for each.
 *
 * The bytes are captured by a MessageDigest provider registered ahead of the JDK's: it records what
 * it is fed and delegates to the real MD5. Nothing of Liquibase is re-implemented here, so what is
 * recorded is what Liquibase 4.28 hashes, whatever code path a change type takes.
 *
 * Usage: java -cp liquibase-core.jar:...:. ChecksumOracle [--search-path DIR] [--param k=v]...
 *        --out FILE changelog...
 * Writes one JSON object per changelog per line to FILE (JSON Lines).
 */
public final class ChecksumOracle {

    /** One MD5 computation: the bytes fed to the digest and the resulting hex. */
    static final class Digest {
        final byte[] input;
        final String hex;

        Digest(byte[] input, String hex) {
            this.input = input;
            this.hex = hex;
        }
    }

    /** Collects the digests computed on this thread while a capture is open. */
    static final class DigestLog {
        private static final ThreadLocal<List<Digest>> CURRENT = new ThreadLocal<>();

        static void record(Digest digest) {
            List<Digest> log = CURRENT.get();
            if (log != null) {
                log.add(digest);
            }
        }

        static List<Digest> capture(ThrowingRunnable action) throws Exception {
            List<Digest> previous = CURRENT.get();
            List<Digest> log = new ArrayList<>();
            CURRENT.set(log);
            try {
                action.run();
            } finally {
                CURRENT.set(previous);
            }
            return log;
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** MD5 that remembers its input. Public with a no-arg constructor so the JCA can create it. */
    public static final class RecordingMd5 extends MessageDigestSpi {
        private final MessageDigest delegate;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

        public RecordingMd5() throws NoSuchAlgorithmException {
            try {
                delegate = MessageDigest.getInstance("MD5", "SUN");
            } catch (java.security.NoSuchProviderException e) {
                throw new NoSuchAlgorithmException(e);
            }
        }

        @Override
        protected void engineUpdate(byte input) {
            seen.write(input);
            delegate.update(input);
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) {
            seen.write(input, offset, len);
            delegate.update(input, offset, len);
        }

        @Override
        protected byte[] engineDigest() {
            byte[] out = delegate.digest();
            DigestLog.record(new Digest(seen.toByteArray(), hex(out)));
            seen.reset();
            return out;
        }

        @Override
        protected void engineReset() {
            seen.reset();
            delegate.reset();
        }
    }

    static final class RecordingProvider extends Provider {
        RecordingProvider() {
            super("DbopsRecordingMd5", "1.0", "Records MD5 input for golden files");
            put("MessageDigest.MD5", RecordingMd5.class.getName());
        }
    }

    public static void main(String[] args) throws Exception {
        String searchPath = new File("").getAbsolutePath();
        String out = null;
        Map<String, String> params = new LinkedHashMap<>();
        String contexts = null;
        String labels = null;
        List<String> changelogs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--search-path":
                    searchPath = new File(args[++i]).getAbsolutePath();
                    break;
                case "--param": {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    params.put(kv.substring(0, eq), kv.substring(eq + 1));
                    break;
                }
                case "--contexts":
                    contexts = args[++i];
                    break;
                case "--labels":
                    labels = args[++i];
                    break;
                case "--out":
                    out = args[++i];
                    break;
                default:
                    changelogs.add(args[i]);
            }
        }
        if (out == null || changelogs.isEmpty()) {
            System.err.println("usage: ChecksumOracle [--search-path DIR] [--param k=v]... [--contexts X] [--labels Y] --out FILE changelog...");
            System.exit(2);
        }
        Security.insertProviderAt(new RecordingProvider(), 1);

        ResourceAccessor accessor = new SearchPathResourceAccessor(searchPath, new ClassLoaderResourceAccessor());
        Database database = new PostgresDatabase();
        Filters filters = new Filters(
                new ContextChangeSetFilter(contexts == null ? new Contexts() : new Contexts(contexts)),
                new LabelChangeSetFilter(labels == null ? new LabelExpression() : new LabelExpression(labels)),
                new DbmsChangeSetFilter(database));

        try (PrintWriter writer = new PrintWriter(new OutputStreamWriter(new FileOutputStream(out), StandardCharsets.UTF_8))) {
            for (String changelog : changelogs) {
                Map<String, Object> scope = new HashMap<>();
                scope.put(Scope.Attr.resourceAccessor.name(), accessor);
                scope.put(Scope.Attr.database.name(), database);
                String line = Scope.child(scope, () -> recordChangelog(changelog, params, accessor, database, filters));
                writer.println(line);
                writer.flush();
                System.err.println("checksum-oracle: " + changelog);
            }
        }
    }

    /** The run-time filters of `update`; they also drop modifySql visitors that do not apply. */
    static final class Filters {
        final ContextChangeSetFilter context;
        final LabelChangeSetFilter label;
        final DbmsChangeSetFilter dbms;

        Filters(ContextChangeSetFilter context, LabelChangeSetFilter label, DbmsChangeSetFilter dbms) {
            this.context = context;
            this.label = label;
            this.dbms = dbms;
        }
    }

    private static String recordChangelog(String path, Map<String, String> params, ResourceAccessor accessor,
                                          Database database, Filters filters) {
        Json json = new Json();
        json.open();
        json.field("changelog", path);
        DatabaseChangeLog changeLog;
        try {
            ChangeLogParameters parameters = new ChangeLogParameters(database);
            for (Map.Entry<String, String> p : params.entrySet()) {
                parameters.set(p.getKey(), p.getValue());
            }
            ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(path, accessor);
            changeLog = parser.parse(path, parameters, accessor);
        } catch (Throwable e) {
            json.field("ok", false);
            json.field("errorClass", e.getClass().getName());
            json.field("error", String.valueOf(e.getMessage()));
            json.key("causes");
            json.openArray();
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                json.value(c.getClass().getName() + ": " + c.getMessage());
            }
            json.closeArray();
            json.close();
            return json.toString();
        }
        json.field("ok", true);
        json.key("changeSets");
        json.openArray();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            recordChangeSet(json, changeSet, filters);
        }
        json.closeArray();
        json.close();
        return json.toString();
    }

    private static void recordChangeSet(Json json, ChangeSet changeSet, Filters filters) {
        json.open();
        json.field("id", changeSet.getId());
        json.field("author", changeSet.getAuthor());
        json.field("filename", changeSet.getStoredFilePath());
        json.field("description", changeSet.getDescription());
        json.field("comments", changeSet.getComments());
        json.field("contextFilter", changeSet.getContextFilter() == null || changeSet.getContextFilter().isEmpty()
                ? null : changeSet.getContextFilter().toString());
        json.field("labels", changeSet.getLabels() == null || changeSet.getLabels().isEmpty()
                ? null : changeSet.getLabels().toString());
        Set<String> dbms = changeSet.getDbmsSet();
        json.field("dbms", dbms == null || dbms.isEmpty() ? null : String.join(",", new TreeSet<>(dbms)));
        if (changeSet.isIgnore()) {
            json.field("ignore", true);
        }
        List<String> valid = new ArrayList<>();
        for (CheckSum c : changeSet.getValidCheckSums()) {
            valid.add(c.toString());
        }
        if (!valid.isEmpty()) {
            json.key("validCheckSums");
            json.openArray();
            for (String v : new TreeSet<>(valid)) {
                json.value(v);
            }
            json.closeArray();
        }

        json.key("changes");
        json.openArray();
        for (Change change : changeSet.getChanges()) {
            json.open();
            json.field("type", change.getSerializedObjectName());
            json.field("description", safeDescription(change));
            for (ChecksumVersion version : new ChecksumVersion[]{ChecksumVersion.V9, ChecksumVersion.V8}) {
                json.key("v" + version.getVersion());
                writeComputation(json, version, () -> change.generateCheckSum());
            }
            json.close();
        }
        json.closeArray();

        List<SqlVisitor> parsedVisitors = new ArrayList<>(changeSet.getSqlVisitors());
        boolean contextAccepted = filters.context.accepts(changeSet).isAccepted();
        boolean labelAccepted = filters.label.accepts(changeSet).isAccepted();
        boolean dbmsAccepted = filters.dbms.accepts(changeSet).isAccepted();
        json.key("accepted");
        json.open();
        json.field("context", contextAccepted);
        json.field("labels", labelAccepted);
        json.field("dbms", dbmsAccepted);
        json.close();

        if (!parsedVisitors.isEmpty()) {
            json.key("sqlVisitors");
            json.openArray();
            for (SqlVisitor visitor : parsedVisitors) {
                json.open();
                json.field("type", visitor.getName());
                Set<String> applicable = visitor.getApplicableDbms();
                json.field("dbms", applicable == null || applicable.isEmpty() ? null : String.join(",", new TreeSet<>(applicable)));
                json.field("contextFilter", visitor.getContextFilter() == null || visitor.getContextFilter().isEmpty()
                        ? null : visitor.getContextFilter().toString());
                json.field("labels", visitor.getLabels() == null || visitor.getLabels().isEmpty()
                        ? null : visitor.getLabels().toString());
                // The filters above removed the visitors that do not apply to this run; only the
                // remaining ones enter the changeset checksum that update stores.
                json.field("applied", changeSet.getSqlVisitors().contains(visitor));
                for (ChecksumVersion version : new ChecksumVersion[]{ChecksumVersion.V9, ChecksumVersion.V8}) {
                    json.key("v" + version.getVersion());
                    writeComputation(json, version, () -> visitor.generateCheckSum());
                }
                json.close();
            }
            json.closeArray();
        }

        for (ChecksumVersion version : new ChecksumVersion[]{ChecksumVersion.V9, ChecksumVersion.V8}) {
            json.key("v" + version.getVersion());
            writeChangeSetChecksum(json, changeSet, version);
        }
        if (changeSet.getSqlVisitors().size() != parsedVisitors.size()) {
            // What the checksum would be with every visitor (e.g. under other contexts or databases).
            List<SqlVisitor> applied = new ArrayList<>(changeSet.getSqlVisitors());
            changeSet.getSqlVisitors().clear();
            changeSet.getSqlVisitors().addAll(parsedVisitors);
            json.key("withAllVisitors");
            json.open();
            for (ChecksumVersion version : new ChecksumVersion[]{ChecksumVersion.V9, ChecksumVersion.V8}) {
                json.key("v" + version.getVersion());
                writeChangeSetChecksum(json, changeSet, version);
            }
            json.close();
            changeSet.getSqlVisitors().clear();
            changeSet.getSqlVisitors().addAll(applied);
        }
        json.close();
    }

    private static void writeChangeSetChecksum(Json json, ChangeSet changeSet, ChecksumVersion version) {
        try {
            // ChangeSet caches its checksum: clear it so each version is really computed.
            changeSet.clearCheckSum();
            CheckSum[] result = new CheckSum[1];
            List<Digest> digests = DigestLog.capture(() -> result[0] = changeSet.generateCheckSum(version));
            changeSet.clearCheckSum();
            json.open();
            json.field("checksum", result[0].toString());
            writeInput(json, digests.isEmpty() ? null : digests.get(digests.size() - 1));
            json.close();
        } catch (Throwable e) {
            json.open();
            json.field("error", e.getClass().getName() + ": " + e.getMessage());
            json.close();
        }
    }

    interface ChecksumSource {
        CheckSum compute() throws Exception;
    }

    /** Computes one checksum under a checksum version and writes it with the digests behind it. */
    private static void writeComputation(Json json, ChecksumVersion version, ChecksumSource source) {
        try {
            CheckSum[] result = new CheckSum[1];
            List<Digest> digests = DigestLog.capture(() -> Scope.child(
                    Scope.Attr.checksumVersion.name(), version, () -> result[0] = source.compute()));
            json.open();
            json.field("checksum", result[0].toString());
            Digest last = digests.isEmpty() ? null : digests.get(digests.size() - 1);
            writeInput(json, last);
            if (digests.size() > 1) {
                // Composite checksums (createView, createProcedure, loadData, ...) hash the checksums of
                // their parts: record each part so the whole chain can be replayed.
                json.key("parts");
                json.openArray();
                for (Digest d : digests.subList(0, digests.size() - 1)) {
                    json.open();
                    json.field("md5", d.hex);
                    writeInput(json, d);
                    json.close();
                }
                json.closeArray();
            }
            json.close();
        } catch (Throwable e) {
            json.open();
            json.field("error", e.getClass().getName() + ": " + e.getMessage());
            json.close();
        }
    }

    /** The hashed bytes as text when they are valid UTF-8, else as base64. */
    private static void writeInput(Json json, Digest digest) {
        if (digest == null) {
            json.field("text", null);
            return;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(digest.input)).toString();
            json.field("text", text);
        } catch (CharacterCodingException e) {
            json.field("base64", Base64.getEncoder().encodeToString(digest.input));
        }
    }

    private static String safeDescription(Change change) {
        try {
            return change.getDescription();
        } catch (Throwable e) {
            return null;
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    /** Minimal streaming JSON writer: enough for strings, booleans, nulls, objects and arrays. */
    static final class Json {
        private final StringBuilder sb = new StringBuilder();
        private final List<Boolean> first = new ArrayList<>();
        private boolean afterKey;

        void open() {
            comma();
            sb.append('{');
            first.add(true);
        }

        void close() {
            sb.append('}');
            first.remove(first.size() - 1);
        }

        void openArray() {
            comma();
            sb.append('[');
            first.add(true);
        }

        void closeArray() {
            sb.append(']');
            first.remove(first.size() - 1);
        }

        void key(String name) {
            comma();
            string(name);
            sb.append(':');
            afterKey = true;
        }

        void field(String name, String value) {
            key(name);
            value(value);
        }

        void field(String name, boolean value) {
            key(name);
            comma();
            sb.append(value);
        }

        void value(String value) {
            comma();
            if (value == null) {
                sb.append("null");
            } else {
                string(value);
            }
        }

        private void comma() {
            if (afterKey) {
                afterKey = false;
                return;
            }
            if (!first.isEmpty()) {
                int last = first.size() - 1;
                if (!first.get(last)) {
                    sb.append(',');
                }
                first.set(last, false);
            }
        }

        private void string(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': sb.append("\\\""); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    case '\t': sb.append("\\t"); break;
                    default:
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                }
            }
            sb.append('"');
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
