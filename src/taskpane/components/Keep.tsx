/** A message whose numbers stay on one line with their word and unit (`满分 15`): see core keepRuns. */
import { makeStyles } from "@fluentui/react-components";
import { keepRuns } from "../../core";

const useStyles = makeStyles({ keep: { whiteSpace: "nowrap" } });

export function Keep({ text }: { text: string }) {
  const s = useStyles();
  return (
    <>
      {keepRuns(text).map((r, i) =>
        r.keep ? (
          <span key={i} className={s.keep}>
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
