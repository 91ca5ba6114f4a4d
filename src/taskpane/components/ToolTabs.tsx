import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';

export const TOOL_TABS = {
  search: 'Search',
  matrix: 'Matrix',
  compare: 'Compare',
  formula: 'Formula',
  workbook: 'Workbook',
  dataset: 'Dataset',
} as const;
export type ToolTab = keyof typeof TOOL_TABS;

function HiddenTabItem({ tab, onSelect }: { tab: ToolTab; onSelect: (tab: ToolTab) => void }) {
  // A tab that fits in the row is not repeated in the menu.
  if (useIsOverflowItemVisible(tab)) return null;
  return <MenuItem onClick={() => onSelect(tab)}>{TOOL_TABS[tab]}</MenuItem>;
}

function MoreTabs({ onSelect }: { onSelect: (tab: ToolTab) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" size="small" icon={<MoreHorizontal20Regular />} aria-label={`${overflowCount} more tabs`} role="tab" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {(Object.keys(TOOL_TABS) as ToolTab[]).map((tab) => (
            <HiddenTabItem key={tab} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The pane's tabs. Six tabs are wider than a 320 px pane, so those that do not fit move into a "more" menu (Fluent
 * UI's overflow pattern); the selected tab always stays in the row.
 */
export function ToolTabs({ selected, onSelect }: { selected: ToolTab; onSelect: (tab: ToolTab) => void }) {
  return (
    <Overflow minimumVisible={2}>
      <TabList size="small" selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as ToolTab)} aria-label="Harmonize tools">
        {(Object.keys(TOOL_TABS) as ToolTab[]).map((tab) => (
          <OverflowItem key={tab} id={tab} priority={tab === selected ? 2 : 1}>
            <Tab value={tab}>{TOOL_TABS[tab]}</Tab>
          </OverflowItem>
        ))}
        <MoreTabs onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
