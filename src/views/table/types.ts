// The React table instance type of the data table, named once for the view's components.
import type { ReactTable } from "@tanstack/react-table";
import type { Features } from "../../table/features";
import type { TableRow } from "../../table/rows";

export type DtTable = ReactTable<Features, TableRow>;
