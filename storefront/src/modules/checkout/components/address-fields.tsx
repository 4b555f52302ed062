"use client"

import { useState } from "react"
import { citiesOf, districtsOf, provinces } from "@/lib/checkout/divisions"
import type { AddressValues } from "@/lib/checkout/validation"
import { controlAria, LabelledField, TextField } from "@/modules/common/components/field"

export interface AddressLabels {
  recipient: string
  province: string
  city: string
  district: string
  selectProvince: string
  selectCity: string
  selectDistrict: string
  addressLine: string
  addressLineHint: string
  postalCode: string
  phone: string
  phoneHint: string
}

type AddressErrors = Partial<Record<keyof AddressValues, string>>

const PROVINCES = provinces()

function DivisionSelect({
  id,
  name,
  label,
  placeholder,
  options,
  value,
  onChange,
  error,
  disabled,
}: {
  id: string
  name: string
  label: string
  placeholder: string
  options: string[]
  value: string
  onChange: (value: string) => void
  error?: string
  disabled?: boolean
}) {
  return (
    <LabelledField id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        {...controlAria(id, { required: true, error })}
        className="field-input disabled:bg-stone-100"
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}

/** Recipient, province → city → district cascade, street, postal code and mobile phone. */
export function AddressFields({
  idPrefix,
  defaults,
  errors,
  labels,
}: {
  idPrefix: string
  defaults: AddressValues
  errors: AddressErrors
  labels: AddressLabels
}) {
  const [province, setProvince] = useState(defaults.province)
  const [city, setCity] = useState(defaults.city)
  const [district, setDistrict] = useState(defaults.district)
  const cities = province ? citiesOf(province) : []
  const districts = province && city ? districtsOf(province, city) : []
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id={id("recipient")}
        name="recipient"
        label={labels.recipient}
        defaultValue={defaults.recipient}
        error={errors.recipient}
        autoComplete="name"
        maxLength={50}
        className="sm:col-span-2"
      />
      <div className="grid gap-4 sm:col-span-2 sm:grid-cols-3">
        <DivisionSelect
          id={id("province")}
          name="province"
          label={labels.province}
          placeholder={labels.selectProvince}
          options={PROVINCES}
          value={province}
          onChange={(value) => {
            setProvince(value)
            setCity("")
            setDistrict("")
          }}
          error={errors.province}
        />
        <DivisionSelect
          id={id("city")}
          name="city"
          label={labels.city}
          placeholder={labels.selectCity}
          options={cities}
          value={city}
          onChange={(value) => {
            setCity(value)
            setDistrict("")
          }}
          error={errors.city}
          disabled={!province}
        />
        <DivisionSelect
          id={id("district")}
          name="district"
          label={labels.district}
          placeholder={labels.selectDistrict}
          options={districts}
          value={district}
          onChange={setDistrict}
          error={errors.district}
          disabled={!city}
        />
      </div>
      <TextField
        id={id("address-line")}
        name="address_line"
        label={labels.addressLine}
        hint={labels.addressLineHint}
        defaultValue={defaults.addressLine}
        error={errors.addressLine}
        autoComplete="street-address"
        maxLength={200}
        className="sm:col-span-2"
      />
      <TextField
        id={id("postal-code")}
        name="postal_code"
        label={labels.postalCode}
        defaultValue={defaults.postalCode}
        error={errors.postalCode}
        autoComplete="postal-code"
        inputMode="numeric"
        maxLength={6}
      />
      <TextField
        id={id("phone")}
        name="phone"
        type="tel"
        label={labels.phone}
        hint={labels.phoneHint}
        defaultValue={defaults.phone}
        error={errors.phone}
        autoComplete="tel-national"
        inputMode="tel"
        maxLength={20}
      />
    </div>
  )
}
