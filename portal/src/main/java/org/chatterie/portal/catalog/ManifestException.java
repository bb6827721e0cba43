package org.chatterie.portal.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A manifest was refused. Checked on purpose: whoever loads a manifest must decide how to show
 * {@link #problems()} to a person, instead of letting a stack trace reach them.
 */
public class ManifestException extends Exception {

    private final transient List<ManifestProblem> problems;

    public ManifestException(List<ManifestProblem> problems) {
        super(problems.stream().map(ManifestProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused manifest needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    ManifestException(ManifestProblem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in the order of the manifest's fields where possible. */
    public List<ManifestProblem> problems() {
        return problems;
    }
}
