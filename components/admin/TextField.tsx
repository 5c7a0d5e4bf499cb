// One labelled input of an admin form, with the API's refusal for that field shown under it and announced with it.
import type { InputHTMLAttributes } from "react";
import { FieldError } from "./FieldError";
import { inputClass, labelClass } from "./formStyles";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange" | "className"> {
  id: string;
  label: string;
  /** Adds "(optional)" to the label. */
  optional?: boolean;
  /** The refusal for this field, or null. */
  error: string | null;
  onValueChange: (value: string) => void;
  /** Extra classes for the input, e.g. a monospaced font for names. */
  inputClassName?: string;
}

export function TextField({ id, label, optional, error, onValueChange, inputClassName, ...input }: TextFieldProps) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
        {optional && <span className="font-normal tracking-normal text-neutral-500 normal-case"> (optional)</span>}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        onChange={(event) => onValueChange(event.target.value)}
        className={inputClass(error !== null, inputClassName)}
        {...input}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
