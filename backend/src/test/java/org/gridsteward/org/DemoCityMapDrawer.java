package org.gridsteward.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws the demo city's map ({@code org/demo-city.geo.json}): a development tool, never run by the application.
 * The district is a lattice of jittered points; each street takes half of its columns, each community a block of
 * that half, and each grid a band of lattice cells inside its community, so neighbours share every vertex and
 * the grids tile the district with neither gaps nor overlaps. The outline of a grid is the boundary of the
 * union of its cells. Seeded, so the same city always gives the same map.
 *
 * <p>Redraw after changing the demo city: {@code ./mvnw -B -ntp -pl backend -am test -Dtest=DemoCityMapTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgrid.demo.map.redraw=true}, or run {@link #main} from the repository's
 * root; {@code DemoCityMapTest} fails while the committed file and the drawing differ.
 */
public final class DemoCityMapDrawer {
    /** A block of lattice cells per community: communities sit two by two in each street. */
    static final int BLOCK = 6;
    static final int COLUMNS = 4 * BLOCK;
    static final int ROWS = 2 * BLOCK;
    // Around Beijing's Dongcheng district: about 6.8 km east to west and 4.4 km north to south.
    static final double WEST = 116.380;
    static final double EAST = 116.460;
    static final double SOUTH = 39.900;
    static final double NORTH = 39.940;
    static final long SEED = 20261123L;

    private DemoCityMapDrawer() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "backend/src/main/resources/org/demo-city.geo.json");
        Files.writeString(out, write(draw(OrgLoader.loadDemo())));
        System.out.println("Wrote " + out);
    }

    static String write(ObjectNode map) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(map) + "\n";
    }

    static ObjectNode draw(CityOrganisation city) {
        Random random = new Random(SEED);
        double[][][] lattice = lattice(random);
        String[][] owner = new String[COLUMNS][ROWS];
        List<Street> streets = city.streets();
        if (streets.size() != 2 || streets.stream().anyMatch(s -> s.communities().size() != 4)) {
            throw new IllegalArgumentException("the drawer lays out two streets of four communities each");
        }
        for (int s = 0; s < 2; s++) {
            List<Community> communities = streets.get(s).communities();
            for (int c = 0; c < 4; c++) {
                int column0 = s * 2 * BLOCK + (c % 2) * BLOCK;
                int row0 = (1 - c / 2) * BLOCK; // the first two communities to the north
                split(communities.get(c).grids(), column0, row0, owner, random);
            }
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode collection = json.objectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Street street : streets) {
            for (Community community : street.communities()) {
                for (Grid grid : community.grids()) {
                    ObjectNode feature = features.addObject().put("type", "Feature");
                    ObjectNode properties = feature.putObject("properties")
                            .put("gridId", grid.id())
                            .put("communityId", community.id())
                            .put("streetId", street.id());
                    properties.putObject("name").put("zh", grid.name().zh()).put("en", grid.name().en());
                    ArrayNode ring = feature.putObject("geometry").put("type", "Polygon")
                            .putArray("coordinates").addArray();
                    for (int[] corner : outline(owner, grid.id())) {
                        double[] point = lattice[corner[0]][corner[1]];
                        ring.addArray().add(round(point[0])).add(round(point[1]));
                    }
                }
            }
        }
        return collection;
    }

    /** Lattice points, each moved at random by up to a quarter of a cell; the outline's corners stay put. */
    private static double[][][] lattice(Random random) {
        double width = (EAST - WEST) / COLUMNS;
        double height = (NORTH - SOUTH) / ROWS;
        double[][][] points = new double[COLUMNS + 1][ROWS + 1][];
        for (int i = 0; i <= COLUMNS; i++) {
            for (int j = 0; j <= ROWS; j++) {
                boolean westOrEast = i == 0 || i == COLUMNS;
                boolean southOrNorth = j == 0 || j == ROWS;
                double dx = westOrEast && southOrNorth ? 0 : (random.nextDouble() - 0.5) * width * 0.5;
                double dy = westOrEast && southOrNorth ? 0 : (random.nextDouble() - 0.5) * height * 0.5;
                points[i][j] = new double[] {WEST + i * width + dx, SOUTH + j * height + dy};
            }
        }
        return points;
    }

    /**
     * Shares a community's block among its grids: two bands, north and south, of random heights, each cut into
     * strips of random widths, every grid one strip.
     */
    private static void split(List<Grid> grids, int column0, int row0, String[][] owner, Random random) {
        int north = (grids.size() + 1) / 2;
        int south = grids.size() - north;
        if (north > BLOCK || south < 1) {
            throw new IllegalArgumentException("a community needs 2 to " + 2 * BLOCK + " grids to be drawn");
        }
        int northRows = 2 + random.nextInt(BLOCK - 3); // 2..BLOCK-2 rows, so both bands have some
        List<Integer> northWidths = widths(north, random);
        List<Integer> southWidths = widths(south, random);
        int index = 0;
        index = band(grids, index, northWidths, column0, row0 + BLOCK - northRows, northRows, owner);
        band(grids, index, southWidths, column0, row0, BLOCK - northRows, owner);
    }

    private static int band(List<Grid> grids, int index, List<Integer> widths, int column0, int row0, int rows,
                            String[][] owner) {
        int column = column0;
        for (int width : widths) {
            String id = grids.get(index++).id();
            for (int i = column; i < column + width; i++) {
                for (int j = row0; j < row0 + rows; j++) {
                    owner[i][j] = id;
                }
            }
            column += width;
        }
        return index;
    }

    /** Random widths of at least one column each, summing to the block's width. */
    private static List<Integer> widths(int strips, Random random) {
        List<Integer> widths = new ArrayList<>();
        for (int s = 0; s < strips; s++) {
            widths.add(1);
        }
        for (int spare = BLOCK - strips; spare > 0; spare--) {
            int s = random.nextInt(strips);
            widths.set(s, widths.get(s) + 1);
        }
        return widths;
    }

    /**
     * The boundary of a grid's cells, counter-clockwise, as lattice corners, first corner repeated at the end:
     * every cell edge whose neighbour across belongs to someone else, chained end to start.
     */
    static List<int[]> outline(String[][] owner, String id) {
        Map<Long, int[]> next = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS; i++) {
            for (int j = 0; j < ROWS; j++) {
                if (!id.equals(owner[i][j])) {
                    continue;
                }
                // counter-clockwise around the cell: south edge eastwards, east edge northwards, and so on
                if (!owns(owner, id, i, j - 1)) edge(next, i, j, i + 1, j);
                if (!owns(owner, id, i + 1, j)) edge(next, i + 1, j, i + 1, j + 1);
                if (!owns(owner, id, i, j + 1)) edge(next, i + 1, j + 1, i, j + 1);
                if (!owns(owner, id, i - 1, j)) edge(next, i, j + 1, i, j);
            }
        }
        if (next.isEmpty()) {
            throw new IllegalStateException("grid " + id + " has no cells");
        }
        Map<Long, Boolean> seen = new HashMap<>();
        long start = next.keySet().iterator().next();
        List<int[]> ring = new ArrayList<>();
        long at = start;
        do {
            if (seen.put(at, true) != null) {
                throw new IllegalStateException("grid " + id + " does not have a simple outline");
            }
            int[] corner = {(int) (at >> 32), (int) at};
            ring.add(corner);
            at = key(next.get(at));
        } while (at != start);
        if (ring.size() != next.size()) {
            throw new IllegalStateException("grid " + id + " is not in one piece");
        }
        // Every lattice point on the way is kept, collinear or not: neighbours share each vertex exactly.
        ring.add(ring.get(0));
        return ring;
    }

    private static boolean owns(String[][] owner, String id, int i, int j) {
        return i >= 0 && j >= 0 && i < COLUMNS && j < ROWS && id.equals(owner[i][j]);
    }

    private static void edge(Map<Long, int[]> next, int i0, int j0, int i1, int j1) {
        next.put(key(new int[] {i0, j0}), new int[] {i1, j1});
    }

    private static long key(int[] corner) {
        return ((long) corner[0] << 32) | corner[1];
    }

    private static BigDecimal round(double degrees) {
        // six decimals: about 10 cm, more than a wall needs and a small file
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_EVEN);
    }
}
