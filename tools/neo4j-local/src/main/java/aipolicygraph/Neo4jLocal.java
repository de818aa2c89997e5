package aipolicygraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1, for development and tests.
 *
 * <p>Contract with the Node side (tools/neo4j-local/launcher.ts):
 * <ul>
 *   <li>args: {@code <homeDir> <boltPort> <pageCacheSize> [<importDir>]}; with an import directory, LOAD CSV
 *       reads {@code file:///name.csv} from it (the benchmark's loader, bench/import/), and without one the
 *       server runs with Neo4j's embedded default for that setting, as it always has;</li>
 *   <li>prints {@code NEO4J_LOCAL_READY bolt://127.0.0.1:<port>} once the default database answers;</li>
 *   <li>prints {@code NEO4J_LOCAL_ERROR <code> <message>} and exits 2 on a startup failure
 *       ({@code PORT_IN_USE}, {@code STORE_LOCKED} or {@code STARTUP_FAILED});</li>
 *   <li>shuts the database down cleanly on SIGINT/SIGTERM and when its standard input closes, so a
 *       parent that dies, even by SIGKILL, never leaves the JVM behind.</li>
 * </ul>
 */
public final class Neo4jLocal {
    private static final String DEFAULT_DATABASE = "neo4j";

    private Neo4jLocal() {}

    public static void main(String[] args) {
        if (args.length != 3 && args.length != 4) {
            System.out.println("NEO4J_LOCAL_ERROR USAGE expected <homeDir> <boltPort> <pageCacheSize> [<importDir>]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args[2];
        Path importDir = args.length == 4 ? Path.of(args[3]).toAbsolutePath() : null;

        DatabaseManagementService dbms;
        try {
            Path conf = writeConfig(home, settings(port, pageCache, importDir));
            dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (RuntimeException | IOException e) {
            fail(e, port, home);
            return;
        }
        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                dbms.shutdown();
                System.out.println("NEO4J_LOCAL_STOPPED");
                System.out.flush();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));
        exitWhenStdinCloses();

        GraphDatabaseService db = dbms.database(DEFAULT_DATABASE);
        if (!db.isAvailable(120_000)) {
            System.out.println("NEO4J_LOCAL_ERROR STARTUP_FAILED the database did not become available in 120 s; see "
                    + home.resolve("logs/debug.log"));
            System.exit(2);
        }
        System.out.println("NEO4J_LOCAL_READY bolt://127.0.0.1:" + port);
        System.out.flush();
    }

    /** Settings for a small, loopback-only development server; {@code importDir} may be null. */
    private static Map<String, String> settings(int port, String pageCache, Path importDir) {
        Map<String, String> s = new TreeMap<>();
        s.put("server.bolt.enabled", "true");
        s.put("server.bolt.listen_address", "127.0.0.1:" + port);
        s.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        // Server-side routing opens a second Bolt port; a single local server does not need it.
        s.put("dbms.routing.enabled", "false");
        s.put("server.memory.pagecache.size", pageCache);
        // Loopback only, so no credentials are needed; any username/password the driver sends is accepted.
        s.put("dbms.security.auth_enabled", "false");
        s.put("dbms.usage_report.enabled", "false");
        s.put("db.transaction.timeout", "120s");
        // At shutdown Bolt waits 5 s for its connections and 5 s more for its threads; a local server has nothing to
        // finish, and the Node side has already closed its driver. (Internal settings of Neo4j 5.26, checked at start.)
        s.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
        s.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
        // LOAD CSV resolves file:///name.csv inside this folder and cannot read outside it.
        // (dbms.security.allow_csv_import_from_file_urls is true by default, so file URLs are allowed.)
        if (importDir != null) s.put("server.directories.import", importDir.toString());
        return s;
    }

    /** Writes the settings as home/neo4j.conf, so what the server runs with can be read afterwards. */
    private static Path writeConfig(Path home, Map<String, String> settings) throws IOException {
        Files.createDirectories(home);
        StringBuilder text = new StringBuilder("# Written by tools/neo4j-local at each start; edits are overwritten.\n");
        settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        Path conf = home.resolve("neo4j.conf");
        Files.writeString(conf, text.toString());
        return conf;
    }

    private static void fail(Throwable e, int port, Path home) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                System.out.println("NEO4J_LOCAL_ERROR PORT_IN_USE port " + port + " on 127.0.0.1 is already in use");
                System.exit(2);
            }
            String name = t.getClass().getName();
            if (name.endsWith("FileLockException") || String.valueOf(t.getMessage()).contains("locked by another process")) {
                System.out.println("NEO4J_LOCAL_ERROR STORE_LOCKED " + home + " is used by another Neo4j process");
                System.exit(2);
            }
        }
        System.out.println("NEO4J_LOCAL_ERROR STARTUP_FAILED " + e);
        e.printStackTrace();
        System.exit(2);
    }

    /** The parent holds our stdin open for as long as it lives; end of input means it is gone. */
    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[64];
            try {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, the same as end of input.
            }
            System.exit(0);
        }, "neo4j-local-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
