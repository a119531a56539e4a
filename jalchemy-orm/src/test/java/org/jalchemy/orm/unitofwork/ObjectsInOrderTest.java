package org.jalchemy.orm.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jalchemy.orm.model.Models;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.state.InstanceState;
import org.junit.jupiter.api.Test;

/** The session's pending/deleted collection against an identity map plus an insertion-order list. */
class ObjectsInOrderTest {
    /** Every instance equals every other: only identity may tell them apart. */
    private static final class AllEqual {
        @Override
        public boolean equals(Object o) {
            return o instanceof AllEqual;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void randomAddsAndRemovesKeepIdentityAndInsertionOrder() {
        var mapper = Models.REGISTRY.mapper(User.class);
        ObjectsInOrder objects = new ObjectsInOrder();
        Map<Object, InstanceState> expected = new IdentityHashMap<>();
        List<Object> order = new ArrayList<>();
        List<Object> universe = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            universe.add(new AllEqual());
        }
        Random random = new Random(7);
        for (int step = 0; step < 100_000; step++) {
            Object o = universe.get(random.nextInt(universe.size()));
            int op = random.nextInt(10);
            if (op < 5) {
                InstanceState s = new InstanceState(mapper);
                assertThat(objects.put(o, s)).isSameAs(expected.put(o, s));
                if (!order.stream().anyMatch(x -> x == o)) {
                    order.add(o);
                }
            } else if (op < 8) {
                assertThat(objects.remove(o)).isSameAs(expected.remove(o));
                order.removeIf(x -> x == o);
            } else {
                assertThat(objects.containsKey(o)).isEqualTo(expected.containsKey(o));
                assertThat(objects.get(o)).isSameAs(expected.get(o));
            }
            assertThat(objects.size()).isEqualTo(expected.size());
            if (step % 5000 == 0) {
                assertThat(objects.objects()).containsExactlyElementsOf(order);
            }
        }
        assertThat(objects.objects()).containsExactlyElementsOf(order);
        List<UnitOfWork.Entry> entries = objects.entries();
        assertThat(entries).hasSize(order.size());
        for (int i = 0; i < order.size(); i++) {
            assertThat(entries.get(i).obj()).isSameAs(order.get(i));
            assertThat(entries.get(i).state()).isSameAs(expected.get(order.get(i)));
        }
        objects.clear();
        assertThat(objects.isEmpty()).isTrue();
        assertThat(objects.entries()).isEmpty();
    }
}
