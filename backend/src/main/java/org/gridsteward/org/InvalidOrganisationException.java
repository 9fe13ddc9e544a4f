package org.gridsteward.org;

import java.util.List;

/**
 * A city organisation definition that cannot be used. Lists every problem found, one a line, each naming the
 * JSON path and id of the entry at fault, so a whole file can be fixed in one round.
 */
public class InvalidOrganisationException extends RuntimeException {
    private final transient List<String> problems;

    public InvalidOrganisationException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder message = new StringBuilder("Invalid city organisation in ")
                .append(source)
                .append(": ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.forEach(problem -> message.append("\n  ").append(problem));
        return message.toString();
    }
}
