import { Badge, type BadgeProps, Tooltip } from '@fluentui/react-components';

const MEANING: Record<string, string> = {
  IDT: 'Identical: the same technical content and structure (ISO/IEC Guide 21-1)',
  MOD: 'Modified: technical deviations are identified and explained',
  NEQ: 'Not equivalent: the national standard differs in content',
  unknown: 'The source did not state the degree of correspondence',
};
const COLOUR = { IDT: 'success', MOD: 'warning', NEQ: 'danger', unknown: 'informative' } as const;

/** IDT / MOD / NEQ as a coloured badge whose tooltip explains the degree. */
export function CorrespondenceBadge({ value, size }: { value: string | null; size?: BadgeProps['size'] }) {
  const key = (value && value in COLOUR ? value : 'unknown') as keyof typeof COLOUR;
  return (
    <Tooltip content={MEANING[key]} relationship="description">
      <Badge appearance="tint" size={size} color={COLOUR[key]} aria-label={`Correspondence ${key}`}>
        {key}
      </Badge>
    </Tooltip>
  );
}
