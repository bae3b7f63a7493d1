-- Cycles whose sealed rows were rewritten after closing (see ClosedCycleMixer): from then on receipts, responses,
-- answers and comments of the cycle share one transaction id and are stored in random order.
create table closed_cycle_mixed (
    cycle_id uuid primary key references cycle (id)
);
