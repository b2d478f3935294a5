package dev.handbook.maven;

import java.util.List;
import java.util.Set;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Lets {@code mvn site-build} fetch only what the builder needs. The goal that runs the builder (exec:java) asks
 * Maven for the test class path, whatever class path it then uses, so a first {@code mvn site-build} downloaded
 * every test tool (a browser driver, an HTML validator: 54 of its 61 MB). When a run asks for nothing but
 * {@code site-build} (and {@code clean}), this drops the test-scoped dependencies from the project before the
 * build starts; they are not on the class path the builder runs with in any case. Any other run is left alone.
 *
 * <p>Maven loads it from {@code .mvn/lifecycle/} (see {@code .mvn/maven.config}), where it is registered in
 * {@code META-INF/plexus/components.xml}. Compiled into that folder by {@code src/maven/build}.
 */
public final class BuildOnlyDependencies extends AbstractMavenLifecycleParticipant {
    private static final Set<String> BUILD_ONLY = Set.of("site-build", "clean");

    @Override
    public void afterProjectsRead(MavenSession session) {
        List<String> goals = session.getGoals();
        if (goals.isEmpty() || !BUILD_ONLY.containsAll(goals) || !goals.contains("site-build")) {
            return;
        }
        for (MavenProject project : session.getProjects()) {
            project.getModel().getDependencies().removeIf(dependency -> "test".equals(dependency.getScope()));
        }
    }
}
