package org.chatterie.portal.catalog;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The host's own catalog: every {@code <dir>/*}{@code /app.yaml} and {@code <dir>/testing/*}{@code /app.yaml}.
 * A manifest that fails is logged and listed in {@link #problems()}; the others are served.
 * Two manifests claiming one id are both refused, since picking one would depend on file order.
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);
    private static final String MANIFEST = "app.yaml";

    private record Snapshot(List<AppManifest> apps, Map<String, AppManifest> byId, List<ManifestProblem> problems) {}

    private record Loaded(String file, AppManifest manifest) {}

    private final CatalogProperties properties;
    private final ManifestLoader loader = new ManifestLoader();
    // Replaced whole by reload(): readers always see one consistent catalog, without locks.
    private volatile Snapshot snapshot;

    public CatalogService(CatalogProperties properties) {
        this.properties = properties;
        reload();
    }

    /** The apps offered, sorted by name as a French reader expects (accents ignored, case ignored). */
    public List<AppManifest> apps() {
        return snapshot.apps();
    }

    public Optional<AppManifest> find(String id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }

    /** Why manifests were refused at the last (re)load; empty when every manifest is fine. */
    public List<ManifestProblem> problems() {
        return snapshot.problems();
    }

    /** Reads the catalog folder again; until it is done, callers keep seeing the previous catalog. */
    public synchronized void reload() {
        List<ManifestProblem> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : manifestFiles(problems)) {
            try {
                loaded.add(new Loaded(file.toString(), loader.load(file)));
            } catch (ManifestException e) {
                log.warn("Catalog: {} refused:\n  {}", file,
                        e.problems().stream().map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message())
                                .collect(Collectors.joining("\n  ")));
                problems.addAll(e.problems());
            }
        }
        List<AppManifest> accepted = refuseDuplicateIds(loaded, problems);
        Collator byName = Collator.getInstance(Locale.FRENCH);
        byName.setStrength(Collator.SECONDARY);
        List<AppManifest> offered = accepted.stream()
                .filter(app -> properties.testingApps() || !app.isTesting())
                .sorted(Comparator.comparing(AppManifest::name, byName).thenComparing(AppManifest::id))
                .toList();
        snapshot = new Snapshot(offered,
                offered.stream().collect(Collectors.toUnmodifiableMap(AppManifest::id, Function.identity())),
                List.copyOf(problems));
        log.info("Catalog: {} app(s) offered from {}, {} problem(s)", offered.size(), properties.dir(), problems.size());
    }

    private static List<AppManifest> refuseDuplicateIds(List<Loaded> loaded, List<ManifestProblem> problems) {
        Map<String, List<Loaded>> byId = loaded.stream()
                .collect(Collectors.groupingBy(l -> l.manifest().id(), LinkedHashMap::new, Collectors.toList()));
        List<AppManifest> accepted = new ArrayList<>();
        byId.forEach((id, claimants) -> {
            if (claimants.size() == 1) {
                accepted.add(claimants.get(0).manifest());
                return;
            }
            List<String> files = claimants.stream().map(Loaded::file).toList();
            for (String file : files) {
                String others = files.stream().filter(f -> !f.equals(file)).collect(Collectors.joining(", "));
                ManifestProblem problem = new ManifestProblem(file, "id",
                        id + " is also the id of " + others + "; both are refused until one is renamed");
                log.warn("Catalog: {}", problem);
                problems.add(problem);
            }
        });
        return accepted;
    }

    /** {@code dir/*}{@code /app.yaml} then {@code dir/testing/*}{@code /app.yaml}, each in name order. */
    private List<Path> manifestFiles(List<ManifestProblem> problems) {
        Path dir = properties.dir();
        if (!Files.isDirectory(dir)) {
            log.warn("Catalog: {} is not a folder; the catalog is empty (set chatterie.catalog.dir)", dir);
            problems.add(ManifestProblem.ofFile(dir.toString(),
                    "the catalog folder does not exist; set chatterie.catalog.dir"));
            return List.of();
        }
        List<Path> files = new ArrayList<>(manifestsIn(dir, problems));
        Path testing = dir.resolve("testing");
        if (Files.isDirectory(testing)) {
            files.addAll(manifestsIn(testing, problems));
        }
        return files;
    }

    private static List<Path> manifestsIn(Path folder, List<ManifestProblem> problems) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> apps = Files.newDirectoryStream(folder, Files::isDirectory)) {
            apps.forEach(app -> {
                Path manifest = app.resolve(MANIFEST);
                if (Files.isRegularFile(manifest)) {
                    files.add(manifest);
                }
            });
        } catch (IOException e) {
            log.warn("Catalog: cannot list {}: {}", folder, e.toString());
            problems.add(ManifestProblem.ofFile(folder.toString(), "the folder cannot be listed: " + e.getMessage()));
        }
        files.sort(Comparator.comparing(manifest -> manifest.getParent().getFileName().toString()));
        return files;
    }
}
