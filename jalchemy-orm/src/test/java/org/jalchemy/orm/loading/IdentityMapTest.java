package org.jalchemy.orm.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.Models;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.state.InstanceState;
import org.junit.jupiter.api.Test;

/** The open-addressing identity map against a {@code HashMap} doing the same operations. */
class IdentityMapTest {
    private final Mapper<?> users = Models.REGISTRY.mapper(User.class);
    private final Mapper<?> addresses = Models.REGISTRY.mapper(Address.class);

    @Test
    void randomPutsRemovesAndLookupsAgreeWithAHashMap() {
        IdentityMap map = new IdentityMap();
        Map<List<Object>, Object> expected = new HashMap<>();
        Random random = new Random(42);
        for (int step = 0; step < 200_000; step++) {
            Mapper<?> m = random.nextBoolean() ? users : addresses;
            // strides of 1, 1024 and 65536, and composite keys, so probe runs wrap and collide
            Object id = switch (random.nextInt(4)) {
                case 0 -> (long) random.nextInt(3000);
                case 1 -> (long) random.nextInt(3000) * 1024;
                case 2 -> (long) random.nextInt(3000) << 16;
                default -> List.of((long) random.nextInt(50), "k" + random.nextInt(50));
            };
            List<Object> key = List.of(m, id);
            int op = random.nextInt(10);
            if (op < 5) {
                Object obj = new Object();
                map.put(m, id, obj, new InstanceState(m));
                expected.put(key, obj);
            } else if (op < 8) {
                map.remove(m, id);
                expected.remove(key);
            } else {
                assertThat(map.get(m, id)).isSameAs(expected.get(key));
            }
            assertThat(map.size()).isEqualTo(expected.size());
        }
        for (Map.Entry<List<Object>, Object> e : expected.entrySet()) {
            Mapper<?> m = (Mapper<?>) e.getKey().get(0);
            assertThat(map.get(m, e.getKey().get(1))).isSameAs(e.getValue());
            assertThat(map.tracked(m, e.getKey().get(1)).obj()).isSameAs(e.getValue());
        }
        Set<Object> seen = new HashSet<>();
        for (IdentityMap.Tracked t : map.view()) {
            assertThat(seen.add(t.obj())).isTrue();
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.values());
        assertThat(map.objects()).hasSize(expected.size());
        map.clear();
        assertThat(map.size()).isZero();
        assertThat(map.view()).isEmpty();
    }

    @Test
    void keysInOrderStayInPlaceAndAStridedPatternScramblesTheTable() {
        IdentityMap inOrder = new IdentityMap();
        for (int id = 1; id <= 100_000; id++) {
            inOrder.put(users, id, "u" + id, new InstanceState(users));
        }
        assertThat(inOrder.isScrambled()).isFalse();
        IdentityMap strided = new IdentityMap();
        for (int k = 0; k < 100_000; k++) {
            strided.put(users, k * 4096, "s" + k, new InstanceState(users));
        }
        assertThat(strided.isScrambled()).isTrue();
        for (int k = 0; k < 100_000; k++) {
            assertThat(strided.get(users, k * 4096)).isEqualTo("s" + k);
        }
        for (int k = 0; k < 100_000; k += 2) {
            strided.remove(users, k * 4096);
        }
        assertThat(strided.size()).isEqualTo(50_000);
        assertThat(strided.get(users, 4096)).isEqualTo("s1");
        assertThat(strided.get(users, 0)).isNull();
    }

    @Test
    void theSameKeyUnderAnotherMapperIsAnotherEntry() {
        IdentityMap map = new IdentityMap();
        Object u = new Object();
        Object a = new Object();
        map.put(users, 1L, u, new InstanceState(users));
        map.put(addresses, 1L, a, new InstanceState(addresses));
        assertThat(map.get(users, 1L)).isSameAs(u);
        assertThat(map.get(addresses, 1L)).isSameAs(a);
        map.remove(users, 1L);
        assertThat(map.get(users, 1L)).isNull();
        assertThat(map.get(addresses, 1L)).isSameAs(a);
    }
}
